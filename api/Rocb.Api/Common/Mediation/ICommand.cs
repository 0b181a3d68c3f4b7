using MediatR;

namespace Rocb.Api.Common.Mediation;

/// <summary>
/// A request that changes data. Commands run inside one database transaction
/// (<see cref="TransactionBehaviour{TRequest,TResponse}"/>); queries never do.
/// </summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
