using MediatR;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>A request that changes data: it runs in one transaction (see UnitOfWorkBehaviour).</summary>
public interface ICommand<TResponse> : IRequest<TResponse> where TResponse : Result;

/// <summary>A request that only reads.</summary>
public interface IQuery<TResponse> : IRequest<TResponse> where TResponse : Result;

/// <summary>A request that reads or changes a person's data; each one is written to the access log.</summary>
public interface IPersonalDataRequest
{
    PersonalDataAction Action { get; }

    /// <summary>Whose data, as far as the request itself tells; the handler may name it more exactly.</summary>
    string Subject { get; }

    /// <summary>Why the sender needs the data, where the law asks for one (a download, an export); recorded with the entry.</summary>
    string? Reason => null;
}

/// <summary>
/// A request about the sender's own data (their application, case, consents, password). The access log
/// records the signed-in person as its subject, so neither the request nor its handler names them.
/// </summary>
public interface IOwnDataRequest : IPersonalDataRequest
{
    /// <summary>The subject for a sender nobody knows yet (not signed in); otherwise their user id is recorded.</summary>
    const string Self = "self";

    string IPersonalDataRequest.Subject => Self;
}

/// <summary>
/// Who may send a request. Every request carries this or <see cref="SentByAnyoneAttribute"/>;
/// with no roles listed, any signed-in user may send it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SentByAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SentByAnyoneAttribute : Attribute;
