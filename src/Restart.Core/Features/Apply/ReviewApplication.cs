using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain.Eligibility;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>The last step before submitting: a summary and the eligibility pre-check, which advises and never blocks.</summary>
public static class ReviewApplication
{
    [SentBy(Roles.Applicant)]
    public sealed class Query : IQuery<Result<Model>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
    }

    public sealed record Model(
        string Name,
        string Region,
        string BusinessName,
        string? BusinessNumber,
        string? Industry,
        Track? Track,
        int Documents,
        IReadOnlyList<ApplyStep> MissingSteps,
        IReadOnlyList<RuleOutcome> PreCheck);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var draft = await db.Cases.AsNoTracking().FindDraftAsync(userId, cancellationToken);
            if (draft is null)
            {
                return Result<Model>.NotFound();
            }

            var profile = await db.ApplicantProfiles.AsNoTracking()
                .Where(p => p.UserId == userId)
                .Select(p => new
                {
                    p.Name,
                    p.BirthDate,
                    Region = db.Sidos.Where(s => s.Code == p.SigunguCode.Substring(0, 2)).Select(s => s.Name).First() + " "
                        + db.Sigungus.Where(s => s.Code == p.SigunguCode).Select(s => s.Name).First(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            var industry = await db.IndustryAsync(draft.IndustryCode, cancellationToken);
            var documents = await db.CaseDocuments.CountAsync(d => d.CaseId == draft.Id, cancellationToken);
            var preCheck = await db.EvaluateAsync(draft, profile?.BirthDate, industry, clock.Today(), cancellationToken);
            return new Model(
                profile?.Name ?? "",
                profile?.Region ?? "",
                draft.BusinessName ?? "",
                draft.BusinessNumber is { } number ? BusinessNumber.Format(number) : null,
                industry is null ? null : $"{draft.IndustryCode} {industry.NameKo}",
                draft.Track,
                documents,
                [.. ApplySteps.RequiredToSubmit.Where(step => !draft.HasSaved(step))],
                preCheck);
        }
    }
}
