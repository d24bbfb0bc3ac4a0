namespace Restart.Core.Domain;

/// <summary>
/// The ex-owner's personal details. Never holds a 주민등록번호: birth date, phone and e-mail suffice (PIPA).
/// </summary>
public class ApplicantProfile : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }
    public required string Name { get; set; }
    public DateOnly BirthDate { get; set; }
    public required string Phone { get; set; }
    public required string SigunguCode { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
