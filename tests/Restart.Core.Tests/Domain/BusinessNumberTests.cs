using Restart.Core.Domain;

namespace Restart.Core.Tests.Domain;

public sealed class BusinessNumberTests
{
    [Theory]
    [InlineData("124-81-00998", true)]
    [InlineData("1208147521", true)]
    [InlineData("124-81-00999", false)]
    [InlineData("124-81-0099", false)]
    [InlineData("abc-de-fghij", false)]
    public void A_business_registration_number_is_checked_by_its_check_digit(string number, bool valid) =>
        BusinessNumber.IsValid(number).ShouldBe(valid);
}
