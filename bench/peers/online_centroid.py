#!/usr/bin/python3
"""Reference peer for Triangulate's story clustering: a plain single-pass TF-IDF centroid clusterer.

Written by the Triangulate project for side-by-side runs (docs/BENCHMARKS.md, "Story clustering"). It is the
textbook online baseline: each document, in stream order, becomes a TF-IDF vector (sublinear term counts, IDF
learned online from the documents seen so far, unit length) and joins the open cluster whose centroid is most
cosine-similar if that similarity reaches a threshold, else starts a cluster. No merging, no time decay, no
candidate pruning beyond "shares a term". Tokenisation is scikit-learn's HashingVectorizer (no vocabulary
fitting, so nothing is learned from documents not yet seen).

Uses Debian's python3-sklearn only:  apt-get install -y python3-sklearn
Run:  /usr/bin/python3 bench/peers/online_centroid.py --data ../shared/data [--threshold 0.15] [--sweep]
"""
import argparse
import json
import math
import os
import sys
import time
from collections import defaultdict, Counter

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.metrics import normalized_mutual_info_score

SETS = ["News-TS", "News-T", "News-S"]


def read_set(path):
    texts, gold = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            texts.append(record["text"])
            gold.append(record["cluster"])
    return texts, gold


def bcubed(gold, predicted):
    n = len(gold)
    gold_size, pred_size, joint = Counter(gold), Counter(predicted), Counter(zip(gold, predicted))
    precision = sum(c * c / pred_size[p] for (g, p), c in joint.items()) / n
    recall = sum(c * c / gold_size[g] for (g, p), c in joint.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1


def cluster(counts, threshold):
    """counts: CSR matrix of raw term counts, one row per document in stream order."""
    df = defaultdict(int)
    seen = 0
    centroids = []          # cluster -> {term: summed weight}
    norms2 = []             # cluster -> squared norm of the summed vector
    postings = defaultdict(set)  # term -> clusters holding it
    labels = []
    indptr, indices, data = counts.indptr, counts.indices, counts.data
    for row in range(counts.shape[0]):
        terms = indices[indptr[row]:indptr[row + 1]]
        tfs = data[indptr[row]:indptr[row + 1]]
        seen += 1
        for t in terms:
            df[t] += 1
        weights = {}
        for t, tf in zip(terms, tfs):
            weights[t] = (1.0 + math.log(tf)) * math.log((seen + 1.0) / df[t])
        length = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for t in weights:
            weights[t] /= length

        candidates = set()
        for t in weights:
            candidates |= postings[t]
        best, best_score = -1, 0.0
        for c in candidates:
            centroid = centroids[c]
            dot = 0.0
            for t, w in weights.items():
                x = centroid.get(t)
                if x is not None:
                    dot += w * x
            score = dot / math.sqrt(norms2[c])
            if score > best_score or (score == best_score and c < best):
                best, best_score = c, score
        if best < 0 or best_score < threshold:
            best = len(centroids)
            centroids.append({})
            norms2.append(0.0)
        centroid = centroids[best]
        cross = 0.0
        for t, w in weights.items():
            x = centroid.get(t, 0.0)
            cross += x * w
            centroid[t] = x + w
            postings[t].add(best)
        norms2[best] += 2 * cross + 1.0
        labels.append(best)
    return labels


def evaluate(name, texts, gold, threshold, vectorizer):
    start = time.perf_counter()
    counts = vectorizer.transform(texts)
    vectorized = time.perf_counter()
    labels = cluster(counts, threshold)
    done = time.perf_counter()
    p, r, f1 = bcubed(gold, labels)
    return {
        "set": name, "threshold": threshold, "docs": len(texts), "gold": len(set(gold)), "clusters": len(set(labels)),
        "nmi": normalized_mutual_info_score(gold, labels, average_method="geometric"),
        "nmi_arithmetic": normalized_mutual_info_score(gold, labels, average_method="arithmetic"),
        "bcubed_precision": p, "bcubed_recall": r, "bcubed_f1": f1,
        "docs_per_second_total": len(texts) / (done - start),
        "docs_per_second_clustering": len(texts) / (done - vectorized),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join("..", "shared", "data"))
    parser.add_argument("--threshold", type=float, default=0.15)
    parser.add_argument("--sweep", action="store_true", help="also run thresholds 0.10 to 0.30")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = os.path.join(args.data, "googlenews-story-clustering")
    if not os.path.isdir(folder):
        print(f"online_centroid: {folder} not found (give --data)", file=sys.stderr)
        return 3
    vectorizer = HashingVectorizer(n_features=2 ** 22, alternate_sign=False, norm=None, token_pattern=r"(?u)\b\w+\b")
    thresholds = [0.10, 0.15, 0.20, 0.25, 0.30] if args.sweep else [args.threshold]
    results = []
    for name in SETS:
        texts, gold = read_set(os.path.join(folder, name + ".jsonl"))
        for threshold in thresholds:
            results.append(evaluate(name, texts, gold, threshold, vectorizer))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'set':8} {'thr':>5} {'docs':>6} {'gold':>5} {'clusters':>8} {'NMI':>6} {'NMI(a)':>6} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'docs/s':>8} {'cluster/s':>9}")
    for r in results:
        print(f"{r['set']:8} {r['threshold']:5.2f} {r['docs']:6d} {r['gold']:5d} {r['clusters']:8d} {r['nmi']:6.3f} {r['nmi_arithmetic']:6.3f} "
              f"{r['bcubed_precision']:6.3f} {r['bcubed_recall']:6.3f} {r['bcubed_f1']:6.3f} {r['docs_per_second_total']:8.0f} {r['docs_per_second_clustering']:9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
