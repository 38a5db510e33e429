namespace Triangulate.Eval;

/// <summary>A set's extraction figures (or their bootstrap standard deviations): pages, F1 from the mean
/// precision and recall, exact-match accuracy, and how many predictions were empty.</summary>
public sealed record ExtractionFigures(int Pages, double F1, double Precision, double Recall, double Accuracy, int EmptyOutputs);
