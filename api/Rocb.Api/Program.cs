using Rocb.Api.Common.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRocb();

var app = builder.Build();
app.UseRocb();

return await Commands.RunAsync(app, args);

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
