using Serilog;
using Zhibao.Web.Cases;
using Zhibao.Web.Collaboration;
using Zhibao.Web.Components;
using Zhibao.Web.Credit;
using Zhibao.Web.Plans;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Audit;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Database;
using Zhibao.Web.Publicity;
using Zhibao.Web.Registries;
using Zhibao.Web.Reporting;
using Zhibao.Web.Satisfaction;
using Zhibao.Web.Intake;
using Zhibao.Web.Leads;
using Zhibao.Web.Markets;
using Zhibao.Web.Statistics;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddChineseCulture();
builder.Services.AddZhibaoDatabase(builder.Configuration);
builder.Services.AddZhibaoAuth(builder.Configuration);
builder.Services.AddZhibaoApi();
builder.Services.AddCalendarModule();
builder.Services.AddAdminModule();
builder.Services.AddAuditModule();
builder.Services.AddScoped<SettingsReader>();
builder.Services.AddScoped<Zhibao.Web.Platform.Files.UploadedFiles>();
builder.Services.AddCasesModule();
builder.Services.AddRegistriesModule();
builder.Services.AddProtectedMarksModule();
builder.Services.AddAgenciesModule();
builder.Services.AddSatisfactionModule();
builder.Services.AddReportingModule();
builder.Services.AddLeadsModule();
builder.Services.AddIntakeModule();
builder.Services.AddMarketsModule();
builder.Services.AddCreditModule();
builder.Services.AddPublicityModule();
builder.Services.AddStatisticsModule();
builder.Services.AddPlansModule();
builder.Services.AddCollaborationModule();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddAntDesign();

var app = builder.Build();

await app.Services.MigrateAndSeedAsync();
await app.Services.FillStatisticsAsync();

app.UseRequestLocalization();
app.UseSerilogRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseCurrentUser();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapZhibaoHealth();
app.MapZhibaoApiReference();
app.MapAuthEndpoints();
app.MapCalendarModule();
app.MapAdminModule();
app.MapAuditModule();
app.MapCasesModule();
app.MapRegistriesModule();
app.MapProtectedMarksModule();
app.MapAgenciesModule();
app.MapSatisfactionModule();
app.MapReportingModule();
app.MapLeadsModule();
app.MapIntakeModule();
app.MapMarketsModule();
app.MapCreditModule();
app.MapPublicityModule();
app.MapStatisticsModule();
app.MapPlansModule();
app.MapCollaborationModule();

app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point type, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
