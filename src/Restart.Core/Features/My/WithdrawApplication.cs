using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>The applicant withdraws, with a reason. The case is closed as withdrawn and keeps its whole history.</summary>
public static class WithdrawApplication
{
    [SentBy(Roles.Applicant)]
    public sealed class Command : ICommand<Result>, IOwnDataRequest
    {
        public string Reason { get; set; } = "";

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.Change;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
                .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => Text.Get("Withdraw.ReasonRequired"))
                .MaximumLength(500).WithMessage(_ => Text.Format("Text.TooLong", 500));
    }

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command request, CancellationToken cancellationToken)
        {
            var userId = user.UserId!;
            var theCase = await db.Cases
                .WhereActive().Where(c => c.ApplicantUserId == userId)
                .OrderByDescending(c => c.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
            if (theCase is null || !CaseLifecycle.CanApplicantWithdraw(theCase.Status) || !theCase.Close(CaseClosure.Withdrawn, userId, CaseEventReason.Withdrawn, clock.GetUtcNow().UtcDateTime, request.Reason.Trim()))
            {
                return Result.Invalid("", Text.Get("Withdraw.NotPossible"));
            }

            return Result.Ok();
        }
    }
}
