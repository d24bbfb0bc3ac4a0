namespace Restart.Core.Domain;

/// <summary>
/// The application wizard's steps, in order. A draft remembers the furthest one saved
/// (<see cref="Case.SavedStep"/>, stored as the number). Which page shows a step is the web's business.
/// </summary>
public enum ApplyStep
{
    /// <summary>Nothing saved yet.</summary>
    None = 0,
    Personal = 1,
    Business = 2,
    Wishes = 3,
    Documents = 4,
    /// <summary>The summary before submitting: reached, never saved.</summary>
    Review = 5,
}

public static class ApplySteps
{
    /// <summary>Every step in the order the wizard shows them.</summary>
    public static IReadOnlyList<ApplyStep> All { get; } =
        [ApplyStep.Personal, ApplyStep.Business, ApplyStep.Wishes, ApplyStep.Documents, ApplyStep.Review];

    /// <summary>The steps a draft must have saved before it can be submitted (documents may follow later).</summary>
    public static IReadOnlyList<ApplyStep> RequiredToSubmit { get; } = [ApplyStep.Personal, ApplyStep.Business, ApplyStep.Wishes];

    /// <summary>Where someone who saved up to <paramref name="saved"/> carries on.</summary>
    public static ApplyStep Next(this ApplyStep saved) => saved >= ApplyStep.Documents ? ApplyStep.Review : saved + 1;
}
