namespace Restart.Core.Domain;

/// <summary>What referrals write on the case's timeline (issue 10).</summary>
public partial class Case
{
    /// <summary>Staff referred the person to <paramref name="offer"/> of <paramref name="organisation"/>; the status is kept.</summary>
    public void RecordReferral(string offer, string organisation, string actor, DateTime at) =>
        Record(CaseEventReason.Referred, actor, at, [offer, organisation], null);

    /// <summary>The partner agency reported the programme completed; the status is kept.</summary>
    public void RecordProgrammeCompleted(string programme, string agency, string actor, DateTime at) =>
        Record(CaseEventReason.ProgrammeCompleted, actor, at, [programme, agency], null);
}
