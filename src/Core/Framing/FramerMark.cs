namespace EsaTls.Core.Framing;

/// <summary>
/// What framing one line may change in a <see cref="LineFramer"/> (the year reference and the previous line's
/// time). Taken before a line and put back when the line turns out to be garbage, so that a damaged line's
/// timestamp cannot move the years or times of the lines after it.
/// </summary>
public readonly record struct FramerMark(bool HaveReference, DateTime ReferenceLocal, bool HavePreviousUtc, DateTime PreviousUtc);
