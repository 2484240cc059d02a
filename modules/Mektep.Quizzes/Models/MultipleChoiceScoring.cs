namespace Mektep.Quizzes.Models;

public enum MultipleChoiceScoring
{
    /// <summary>Full marks only when exactly the correct options are chosen.</summary>
    AllOrNothing,

    /// <summary>Each correct option chosen earns its share; with negative marking each wrong one costs a share; never below zero.</summary>
    PartialCredit,
}
