using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>
/// The applicant asks for their account and data to be deleted (개인정보 보호법 제36조), with a reason. Staff of the
/// office of their latest case (or of where they live) decide; one request is open at a time.
/// </summary>
public static class RequestDeletion
{
    [SentBy(Roles.Applicant)]
    public sealed class Command : ICommand<Result>, IOwnDataRequest
    {
        public string Reason { get; set; } = "";

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Delete;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
                .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => Text.Get("Deletion.ReasonRequired"))
                .MaximumLength(500).WithMessage(_ => Text.Format("Text.TooLong", 500));
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            if (await db.DeletionRequests.AnyAsync(r => r.UserId == userId && (r.Status == DeletionRequestStatus.Open || r.Status == DeletionRequestStatus.Held), cancellationToken))
            {
                return Result.Invalid("", Text.Get("Deletion.AlreadyAsked"));
            }

            var office = await db.Cases.Where(c => c.ApplicantUserId == userId && c.RegionalOfficeId != null)
                .OrderByDescending(c => c.SubmittedAt).Select(c => c.RegionalOfficeId).FirstOrDefaultAsync(cancellationToken);
            if (office is null && await db.ApplicantProfiles.Where(p => p.UserId == userId).Select(p => p.SigunguCode).FirstOrDefaultAsync(cancellationToken) is { } sigungu)
            {
                office = await db.OfficeForAsync(sigungu, cancellationToken);
            }

            if (office is null)
            {
                // An account with no application and no profile: there is nobody to decide and nothing to keep.
                return Result.Invalid("", Text.Get("Deletion.NothingToDecide"));
            }

            db.DeletionRequests.Add(new DeletionRequest
            {
                UserId = userId,
                RegionalOfficeId = office,
                Reason = request.Reason.Trim(),
                RequestedAt = clock.GetUtcNow().UtcDateTime,
            });
            return Result.Ok();
        }
    }
}
