using System.Reflection;
using FluentValidation;
using MediatR;

namespace Rocb.Api.Common.Mediation;

/// <summary>
/// MediatR 5.1.0 has no DI package or assembly scanning we can install, so handlers, validators and
/// behaviours are registered here by reflection over this assembly.
/// </summary>
public static class MediationServiceCollectionExtensions
{
    public static IServiceCollection AddMediation(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var handler in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
                services.AddScoped(handler, type);
        }

        // A validator builds its rules in its constructor (expression trees: about a millisecond). Those that need nothing
        // from the container are built once; those that read the database (the scoped DbContext) once per request.
        foreach (var result in AssemblyScanner.FindValidatorsInAssembly(assembly))
        {
            if (result.ValidatorType.GetConstructors().All(c => c.GetParameters().Length == 0))
                services.AddSingleton(result.InterfaceType, result.ValidatorType);
            else
                services.AddScoped(result.InterfaceType, result.ValidatorType);
        }

        // Registered first runs outermost: log (and time) everything, validate before opening a transaction.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        return services;
    }
}
