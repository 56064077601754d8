using MissingChildren.Domain.Duties;

namespace MissingChildren.Domain.ReturnInterviews;

/// <summary>The RHI's own clocks: the duties its steps discharge beyond the interview itself (R19 allocation, R21 write-up).</summary>
public sealed partial class ReturnHomeInterview
{
    /// <summary>R19 (002 §4.2): allocating the interview to a worker discharges the allocation duty.</summary>
    public RhiDutyClosure AllocationDone =>
        RhiDutyClosure.DoneByKey(DutyEngine.RhiDutyKey(Id, RuleIds.RhiAllocation, TaskType.ReturnHomeInterview, DutyEngine.AllocateQualifier), "Allocated to a worker");

    /// <summary>R21 (002 §4.14): sending the written-up record for authorisation discharges the write-up duty.</summary>
    public RhiDutyClosure WriteUpDone =>
        RhiDutyClosure.DoneByKey(DutyEngine.RhiDutyKey(Id, RuleIds.RhiCompletion, TaskType.ReturnHomeInterview, DutyEngine.WriteUpQualifier), "Record written up and sent for authorisation");
}
