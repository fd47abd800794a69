using Microsoft.AspNetCore.Identity;

namespace FitnessKit.Subjects.Data.Identity;

/// <summary>The application's user: stored in AspNetUsers, a table this assembly never names.</summary>
internal sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;
}
