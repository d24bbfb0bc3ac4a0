using System.Globalization;
using System.Security.Cryptography;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Apply;

/// <summary>
/// Submits the draft: the case goes to the regional office that covers the applicant's 시·도, gets a number
/// and a first timeline entry. Submitting twice yields the one case.
/// </summary>
public static class SubmitApplication
{
    [SentBy(Roles.Applicant)]
    public sealed class Command : ICommand<Result<string>>, IOwnDataRequest
    {
        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Create;
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result<string>>
    {
        public async Task<Result<string>> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var draft = await db.Cases.FindDraftAsync(userId, cancellationToken);
            if (draft is null)
            {
                // Already submitted (a double click, a second tab): answer with the case that exists.
                var existing = await db.Cases.WhereActive().Where(c => c.ApplicantUserId == userId)
                    .OrderByDescending(c => c.SubmittedAt).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken);
                return existing is null ? Result<string>.NotFound() : existing;
            }

            if (!ApplySteps.RequiredToSubmit.All(draft.HasSaved))
            {
                return Result<string>.Invalid("", Text.Get("Apply.Incomplete"));
            }

            if (await db.Cases.HasActiveCaseAsync(userId, cancellationToken))
            {
                return Result<string>.Invalid("", Text.Get("Apply.AlreadyActive"));
            }

            var home = await db.ApplicantProfiles.Where(p => p.UserId == userId).Select(p => p.SigunguCode).SingleAsync(cancellationToken);
            var office = await db.OfficeForAsync(home, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var number = await NewNumberAsync(now, cancellationToken);
            draft.Submit(number, office, userId, now);
            return number;
        }

        /// <summary>"2026-048213": the year and six random digits — short enough to read out on the phone, not guessable in order.</summary>
        private async Task<string> NewNumberAsync(DateTime now, CancellationToken cancellationToken)
        {
            var year = KoreanTime.ToKorean(now).Year.ToString(CultureInfo.InvariantCulture);
            while (true)
            {
                var number = $"{year}-{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}";
                if (!await db.Cases.AnyAsync(c => c.Number == number, cancellationToken))
                {
                    return number;
                }
            }
        }
    }
}
