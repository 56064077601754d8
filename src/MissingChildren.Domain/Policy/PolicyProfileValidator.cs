namespace MissingChildren.Domain.Policy;

/// <summary>Checks a bound profile for values the rules cannot use.</summary>
internal static class PolicyProfileValidator
{
    public static IReadOnlyList<string> Validate(PolicyProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var errors = new List<string>();

        void Require(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        void Positive(int? value, string path) =>
            Require(value is null or > 0, $"{path} must be greater than zero (was {value}).");

        void NotNegative(int? value, string path) =>
            Require(value is null or >= 0, $"{path} must not be negative (was {value}).");

        Require(!string.IsNullOrWhiteSpace(p.Name), "name is required.");
        Require(!string.IsNullOrWhiteSpace(p.DisplayName), "displayName is required.");
        Require(!string.IsNullOrWhiteSpace(p.Authority), "authority is required.");
        Require(p.CoreHours.Start < p.CoreHours.End, "coreHours.start must be before coreHours.end.");

        Positive(p.Intake.NotOpenMissingLong?.AfterMissingHours, "intake.notOpenMissingLong.afterMissingHours");
        Positive(p.Intake.NotOpenMissingShort?.UnderMissingHours, "intake.notOpenMissingShort.underMissingHours");
        Positive(p.Intake.DirectToChildrensSocialCareUnderAge, "intake.directToChildrensSocialCareUnderAge");

        var placed = p.OtherAuthorities.PlacedHere;
        Positive(placed.FormReminderAfterDays, "otherAuthorities.placedHere.formReminderAfterDays");
        Positive(placed.EscalateAfterFurtherDays, "otherAuthorities.placedHere.escalateAfterFurtherDays");
        Require(
            !placed.RhiByHomeAuthority || !placed.SendCompletedFormToHomeSocialWorker,
            "otherAuthorities.placedHere: the home authority cannot both do the RHI and be sent our completed form.");
        Positive(p.OtherAuthorities.DirectorLetter?.OnNotificationCount, "otherAuthorities.directorLetter.onNotificationCount");
        Positive(p.Safeguarding.NrmReferral?.WithinWorkingDays, "safeguarding.nrmReferral.withinWorkingDays");

        if (p.WhileMissing.StrategyMeeting is { } sm)
        {
            Require(!string.IsNullOrWhiteSpace(sm.MeetingName), "whileMissing.strategyMeeting.meetingName is required.");
            NotNegative(sm.TriggerAfterMissingHours, "whileMissing.strategyMeeting.triggerAfterMissingHours");
            NotNegative(sm.HoldWithinHours, "whileMissing.strategyMeeting.holdWithinHours");
            Positive(sm.RepeatEveryHours, "whileMissing.strategyMeeting.repeatEveryHours");
        }

        Positive(p.WhileMissing.NeedToKnow?.AfterMissingHours, "whileMissing.needToKnow.afterMissingHours");
        Positive(p.WhileMissing.NeedToKnow?.IroOrCpChairInformedWithinHours, "whileMissing.needToKnow.iroOrCpChairInformedWithinHours");
        Positive(p.WhileMissing.DirectorBriefing?.BeyondMissingHours, "whileMissing.directorBriefing.beyondMissingHours");
        ValidateReviews(p.WhileMissing.LongMissingReviews, Require);

        var rhi = p.ReturnInterview;
        Require(!string.IsNullOrWhiteSpace(rhi.ProviderName), "returnInterview.providerName is required.");
        Positive(rhi.OfferWithinHours, "returnInterview.offerWithinHours");
        Positive(rhi.CompleteWithinHours, "returnInterview.completeWithinHours");
        Positive(rhi.AllocateWithinCoreHours, "returnInterview.allocateWithinCoreHours");
        Positive(rhi.CompleteWithinWorkingDays, "returnInterview.completeWithinWorkingDays");
        foreach (var (percent, path) in new[]
        {
            ((int?)rhi.PerformanceStandards.OfferedInTimePercent, "offeredInTimePercent"),
            (rhi.PerformanceStandards.CompletedInTimePercent, "completedInTimePercent"),
            (rhi.PerformanceStandards.MaximumRefusedPercent, "maximumRefusedPercent"),
        })
        {
            Require(percent is null or >= 0 and <= 100, $"returnInterview.performanceStandards.{path} must be a percentage from 0 to 100 (was {percent}).");
        }

        Require(rhi.PerformanceStandards.CompletedInTimePercent is null || rhi.CompleteWithinWorkingDays is not null,
            "returnInterview.performanceStandards.completedInTimePercent needs returnInterview.completeWithinWorkingDays (R21) to measure against.");
        Positive(rhi.WriteUpWithinHours, "returnInterview.writeUpWithinHours");
        Positive(rhi.CloseAsDeclinedAfterUnsuccessfulAttempts, "returnInterview.closeAsDeclinedAfterUnsuccessfulAttempts");
        Positive(rhi.FormFollowUpAfterHours, "returnInterview.formFollowUpAfterHours");
        if (rhi.ContactAttempts is { } ca)
        {
            Positive(ca.Minimum, "returnInterview.contactAttempts.minimum");
            Positive(ca.UpToWorkingDays, "returnInterview.contactAttempts.upToWorkingDays");
            Require(
                ca.ParentOrCarerOnlyUnderAge <= ca.ChildOnlyWhenLivingIndependentlyFromAge,
                "returnInterview.contactAttempts: parentOrCarerOnlyUnderAge must not exceed childOnlyWhenLivingIndependentlyFromAge.");
        }

        if (rhi.OutOfHours is { } ooh)
        {
            Positive(ooh.AskChildWhoDoesRhiWhenNextWorkingDayHoursFrom, "returnInterview.outOfHours.askChildWhoDoesRhiWhenNextWorkingDayHoursFrom");
            Require(
                ooh.AskChildWhoDoesRhiWhenNextWorkingDayHoursFrom < ooh.EdtConductsRhiWhenHoursFrom,
                "returnInterview.outOfHours: the 'ask the child' band must start before the 'EDT conducts' band.");
        }

        if (rhi.IndependentPerson is { } ip)
        {
            Positive(ip.RequestWithinHours, "returnInterview.independentPerson.requestWithinHours");
            Positive(ip.FollowUpAfterHours, "returnInterview.independentPerson.followUpAfterHours");
            Positive(ip.TellManagerAfterWorkingDays, "returnInterview.independentPerson.tellManagerAfterWorkingDays");
        }

        Positive(rhi.RepeatShortAbsences?.UnderHours, "returnInterview.repeatShortAbsences.underHours");

        var after = p.AfterReturn;
        Positive(after.SocialWorkerContactWithinHours, "afterReturn.socialWorkerContactWithinHours");
        if (after.CeAssessment is { Scope: CeAssessmentScope.MissingChildrenFromMinimumAge } ce)
        {
            Require(ce.MinimumAge is > 0, "afterReturn.ceAssessment.minimumAge is required for scope MissingChildrenFromMinimumAge.");
        }

        Require(
            after.ManagerAuthorisation.Outcomes.Count > 0,
            "afterReturn.managerAuthorisation.outcomes must not be empty.");
        Require(
            after.ManagerAuthorisation.Outcomes.Distinct().Count() == after.ManagerAuthorisation.Outcomes.Count,
            "afterReturn.managerAuthorisation.outcomes must not repeat.");
        Positive(after.SeriousIncidentNotification?.WhenMissingAtLeastHours, "afterReturn.seriousIncidentNotification.whenMissingAtLeastHours");
        Positive(after.TriggerPlan?.ConsiderFromEpisodes, "afterReturn.triggerPlan.considerFromEpisodes");
        Positive(after.ProfessionalsMeeting?.EpisodeCount, "afterReturn.professionalsMeeting.episodeCount");
        Positive(after.ProfessionalsMeeting?.WithinDays, "afterReturn.professionalsMeeting.withinDays");
        Positive(after.ProfessionalsMeeting?.OrMissingForHours, "afterReturn.professionalsMeeting.orMissingForHours");

        var o = p.Oversight;
        NotNegative(o.Escalation.ToTeamManagerWhenOverdueByHours, "oversight.escalation.toTeamManagerWhenOverdueByHours");
        Positive(o.Escalation.ToHeadOfServiceAfterFurtherHours, "oversight.escalation.toHeadOfServiceAfterFurtherHours");
        Positive(o.Escalation.ToDirectorAfterFurtherHours, "oversight.escalation.toDirectorAfterFurtherHours");

        ValidateSeraf(p.Seraf, Require);
        return errors;
    }

    private static void ValidateReviews(IReadOnlyList<LongMissingReview> reviews, Action<bool, string> require)
    {
        require(
            reviews.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() == reviews.Count,
            "whileMissing.longMissingReviews codes must be unique.");
        foreach (var r in reviews)
        {
            var path = $"whileMissing.longMissingReviews[{r.Code}]";
            require(!string.IsNullOrWhiteSpace(r.Code) && !string.IsNullOrWhiteSpace(r.Title), $"{path} needs a code and a title.");
            require(r.FirstAfter.Months >= 0 && r.FirstAfter.Days >= 0 && !r.FirstAfter.IsZero, $"{path}.firstAfter must be a positive period.");
            require(r.RepeatEvery is null || (r.RepeatEvery.Months >= 0 && r.RepeatEvery.Days >= 0 && !r.RepeatEvery.IsZero), $"{path}.repeatEvery must be a positive period.");
            require(r.Attendees.Count > 0, $"{path}.attendees must not be empty.");
        }
    }

    private static void ValidateSeraf(SerafDefinition s, Action<bool, string> require)
    {
        require(!string.IsNullOrWhiteSpace(s.Title), "seraf.title is required.");
        require(s.Vulnerabilities.Count > 0, "seraf.vulnerabilities must not be empty.");
        require(s.ModerateIndicators.Count > 0, "seraf.moderateIndicators must not be empty.");
        require(s.SignificantIndicators.Count > 0, "seraf.significantIndicators must not be empty.");

        var items = s.Vulnerabilities.Cast<ISerafCoded>()
            .Concat(s.ModerateIndicators)
            .Concat(s.SignificantIndicators)
            .ToList();
        require(items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() == items.Count, "seraf item codes must be unique across sections.");
        require(items.All(i => !string.IsNullOrWhiteSpace(i.Code) && !string.IsNullOrWhiteSpace(i.Label)), "every seraf item needs a code and a label.");
        require(s.Vulnerabilities.Concat(s.ModerateIndicators).All(i => i.Weight >= 0), "seraf weights must not be negative.");
        require(s.SignificantIndicators.All(i => i.WeightRecent >= 0 && i.WeightCurrent >= 0), "seraf weights must not be negative.");

        require(s.Categories.Count > 0, "seraf.categories must not be empty.");
        require(s.Categories.Count == 0 || s.Categories[0].MinimumScore == 0, "the first seraf category must start at score 0.");
        for (var i = 1; i < s.Categories.Count; i++)
        {
            require(s.Categories[i].MinimumScore > s.Categories[i - 1].MinimumScore, "seraf.categories must be in ascending order of minimumScore.");
        }

    }
}
