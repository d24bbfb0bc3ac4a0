namespace Restart.Core.Domain;

/// <summary>시·도 (province-level region), 2-digit code of 행정안전부's 법정동코드.</summary>
public class Sido
{
    public required string Code { get; init; }
    public required string Name { get; set; }
}

/// <summary>시·군·구, 5-digit code (first five digits of the 법정동코드).</summary>
public class Sigungu
{
    public required string Code { get; init; }
    public required string SidoCode { get; set; }
    public required string Name { get; set; }
    /// <summary>시, 군, 자치구, 일반구, 행정시 or 특별자치시(단층제), as published.</summary>
    public required string Kind { get; set; }
    /// <summary>For an 일반구, the 시 it belongs to.</summary>
    public string? ParentCode { get; set; }
}

/// <summary>An industry of 통계청's 한국표준산업분류 (KSIC). Level 1 is the section (대분류), 2 the division (중분류).</summary>
public class IndustryClass
{
    public required string Revision { get; init; }
    public required string Code { get; init; }
    public int Level { get; set; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
    public string? ParentCode { get; set; }
}

/// <summary>An occupation of 한국고용직업분류 (KECO), the classification used for job placement.</summary>
public class OccupationClass
{
    public required string Revision { get; init; }
    public required string Code { get; init; }
    public int Level { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
}

/// <summary>Which revision of each official list is loaded, and who publishes it.</summary>
public class ReferenceDataSet
{
    public required string Name { get; init; }
    public required string Revision { get; set; }
    public required string Publisher { get; set; }
    public int RowCount { get; set; }
    public DateTime LoadedAt { get; set; }
}

/// <summary>A national qualification (국가기술자격 or 국가전문자격) of 한국산업인력공단's list.</summary>
public class Qualification
{
    /// <summary>한국산업인력공단's 종목코드 (jmCd).</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>T: 국가기술자격, S: 국가전문자격.</summary>
    public required string Kind { get; set; }
    /// <summary>계열: 기술사, 기능장, 기사, 산업기사, 기능사 … or the 전문자격's field.</summary>
    public required string Series { get; set; }
}

/// <summary>The legal minimum wage (최저임금) of a year, as 최저임금위원회 and 고용노동부 announce it.</summary>
public class MinimumWage
{
    public int Year { get; init; }
    public int Hourly { get; set; }
}
