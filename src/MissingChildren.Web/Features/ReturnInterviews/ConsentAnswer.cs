using FluentValidation;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>R22: consent to the interview as a form gives it: yes or no, who gave it, and a refusal's reasons.</summary>
public interface IConsentAnswer
{
    string? Consented { get; }

    string? GivenByName { get; }

    string? Reasons { get; }
}

/// <summary>R22: what every consent answer must hold (the RHI's consent form, and the EDT's out of hours, R6).</summary>
public sealed class ConsentAnswerRules : AbstractValidator<IConsentAnswer>
{
    public ConsentAnswerRules()
    {
        RuleFor(c => c.Consented).Must(c => c is "yes" or "no").WithMessage("Select whether consent was given");
        RuleFor(c => c.GivenByName).MaximumLength(80).WithMessage("Name must be 80 characters or fewer");
        RuleFor(c => c.Reasons).NotEmpty().When(c => c.Consented == "no").WithMessage("Enter the reasons consent was refused");
        RuleFor(c => c.Reasons).MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
    }
}
