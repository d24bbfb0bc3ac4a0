using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Reports;

/// <summary>
/// A partner agency's own programmes, or an employer's own job posts, in a period (ADR 0026 §7): of the people referred
/// to each, how many were accepted, interviewed, and how the referrals ended; and each offer's places (a programme's
/// capacity, a post's openings) taken now. The organisation is the signed-in account's, never the request's: another
/// organisation's id is not found (ADR 0017 §5).
/// </summary>
public static class GetOfferReport
{
    public enum Table
    {
        Funnel = 1,
        Offers = 2,
        Places = 3,
    }

    [SentBy(Roles.AgencyPartner, Roles.Employer)]
    public sealed class Query : ReportPeriodRequest, IQuery<Result<Model>>, IPersonalDataRequest
    {
        /// <summary>The account's own agency or company whatever is sent; another organisation's is not found.</summary>
        public Guid? OrganisationId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => Subject(OrganisationId);
    }

    [SentBy(Roles.AgencyPartner, Roles.Employer)]
    public sealed class Export : ReportExportRequest<Table>, IQuery<Result<Model>>
    {
        public Guid? OrganisationId { get; set; }
        protected override string Report => Subject(OrganisationId);
    }

    public sealed class Validator : ReportPeriodValidator<Query>;

    public sealed class ExportValidator : ReportExportValidator<Export, Table>;

    /// <summary>An offer's places now: a programme's capacity or a post's openings, those referrals hold (people: "&lt;5" below five) and the share taken.</summary>
    public sealed record PlacesRow(Guid Id, string Title, int Capacity, int? Taken, decimal? FillRate);

    public sealed record Model(Guid OrganisationId, string Name, DateOnly From, DateOnly Until,
        ReferralFunnel.Row Total, IReadOnlyList<ReferralFunnel.Row> Offers, IReadOnlyList<PlacesRow> Places);

    private static string Subject(Guid? organisationId) => $"offer-report:{organisationId?.ToString() ?? "own"}";

    private sealed record Offer(Guid Id, string Title, int Capacity, int Taken);

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Model>>, IRequestHandler<Export, Result<Model>>
    {
        public Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken) => CountAsync(request, request.OrganisationId, cancellationToken);

        public Task<Result<Model>> Handle(Export request, CancellationToken cancellationToken) => CountAsync(request, request.OrganisationId, cancellationToken);

        private async Task<Result<Model>> CountAsync(ReportPeriodRequest request, Guid? asked, CancellationToken cancellationToken)
        {
            var partner = user.IsInRole(Roles.AgencyPartner);
            if ((partner ? user.AgencyId : user.CompanyId) is not { } id)
            {
                return Result<Model>.Forbidden();
            }

            var name = asked is not null && asked != id ? null
                : partner ? await db.Agencies.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken)
                : await db.Companies.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                return Result<Model>.NotFound();
            }

            var span = request.Span(clock.Today());
            var (from, until) = (span.From, span.Until);
            // Along (AgencyId, CreatedAt) or (CompanyId, CreatedAt).
            var mine = partner ? db.Referrals.Where(r => r.AgencyId == id) : db.Referrals.Where(r => r.CompanyId == id);
            var referrals = await ReferralFunnel.ReadAsync(mine, span, cancellationToken);
            var referredTo = referrals.Select(r => r.ProgrammeId ?? r.JobPostId).OfType<Guid>().Distinct().ToList();
            // The offers open in the period and any other referred to in it: along (AgencyId, Status, ApplyUntil) or (CompanyId, Status, ClosesOn).
            var offers = partner
                ? await db.Programmes.AsNoTracking()
                    .Where(p => p.AgencyId == id && (referredTo.Contains(p.Id) || (p.Status != OfferStatus.Draft && p.ApplyFrom <= until && (p.EndsOn ?? p.ApplyUntil) >= from)))
                    .OrderBy(p => p.Title).ThenBy(p => p.Id)
                    .Select(p => new Offer(p.Id, p.Title, p.Capacity, p.PlacesTaken))
                    .ToListAsync(cancellationToken)
                : await db.JobPosts.AsNoTracking()
                    .Where(j => j.CompanyId == id && (referredTo.Contains(j.Id) || (j.Status != OfferStatus.Draft && j.OpensOn <= until && j.ClosesOn >= from)))
                    .OrderBy(j => j.Title).ThenBy(j => j.Id)
                    .Select(j => new Offer(j.Id, j.Title, j.Openings, j.OpeningsTaken))
                    .ToListAsync(cancellationToken);
            var byOffer = referrals.ToLookup(r => r.ProgrammeId ?? r.JobPostId);

            return new Model(id, name, from, until, ReferralFunnel.RowOf(id, name, referrals),
                [.. offers.Select(o => ReferralFunnel.RowOf(o.Id, o.Title, byOffer[o.Id]))],
                [.. offers.Select(o => new PlacesRow(o.Id, o.Title, o.Capacity, SmallCells.Show(o.Taken), SmallCells.Rate(o.Taken, o.Capacity)))]);
        }
    }
}
