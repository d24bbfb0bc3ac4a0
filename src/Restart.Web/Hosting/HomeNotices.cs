using MediatR;
using Restart.Core.Features.Home;

namespace Restart.Web.Hosting;

/// <summary>What a home page's notice list shows: the notices and where their link leads.</summary>
public sealed record NoticeList(IReadOnlyList<GetApplicantHome.NoticeItem> Items, string Link, string LinkText)
{
    public static NoticeList None { get; } = new([], "", "");
}

/// <summary>The partner's, employer's and staff's home pages read the person's unread notices the same way.</summary>
public static class HomeNotices
{
    public static async Task<NoticeList> ReadAsync(IMediator mediator, string link, string linkText)
    {
        var notices = await mediator.Send(new GetMyNotices.Query());
        return notices.Succeeded ? new NoticeList(notices.Value, link, linkText) : NoticeList.None;
    }
}
