using Reporting.Analytics.Readiness;

namespace Reporting.Analytics.Tests.Readiness;

public sealed class ReadinessAssessorTests
{
    private static ReadinessCheck Check(ReadinessItem item, string subject, string body, params string[] versions) =>
        new ReadinessAssessor().Assess(new ReadinessTicket(subject, body, versions))[item];

    [Fact]
    public void A_help_desk_ticket_with_everything_scores_six_of_six_and_asks_nothing()
    {
        var assessment = new ReadinessAssessor().Assess(new ReadinessTicket(
            "Invoice export crashes for all users in accounting",
            """
            Steps to reproduce:
            1. Log in to the portal
            2. Open Invoices and click Export
            Expected: a CSV file downloads. Actual: the page shows "Error 500: export failed".
            App version 4.2.1, Windows 11, Chrome.
            2024-05-02 10:01:22 ERROR ExportService: timeout after 30s
            """));

        Assert.Equal("6/6", assessment.Badge);
        Assert.Empty(assessment.Questions);
        Assert.Equal(
            ["steps section", "expected and actual", "version named", "operating system", "log line", "people affected"],
            assessment.Checks.Select(c => c.Cue));
    }

    [Fact]
    public void A_bare_complaint_scores_zero_and_gets_six_plain_questions_in_checklist_order()
    {
        var assessment = new ReadinessAssessor().Assess(new ReadinessTicket("Printer not working", "Please fix asap, thanks"));

        Assert.Equal(0, assessment.Score);
        Assert.Equal(6, assessment.Total);
        Assert.Equal(ReadinessItems.All.Select(ReadinessItems.Question), assessment.Questions);
        Assert.StartsWith("What did you do just before the problem appeared?", assessment.Questions[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Steps to reproduce: open the app", "steps section")]
    [InlineData("1. Open the settings page\n2. Click save", "numbered actions")]
    [InlineData("$ hadoop fs -ls /tmp", "shell command")]
    [InlineData("When I click the Save button nothing happens", "what the reporter did")]
    [InlineData("TestDFSIO fails on trunk", "failing test")]
    [InlineData("Strange symbols at http://example.org/docs/current/", "page or address to open")]
    [InlineData("Enabling BLOCK compression causes the counters to go wrong", "triggering call or setting")]
    public void Steps_are_found_from_their_cue(string body, string cue)
    {
        var check = Check(ReadinessItem.StepsToReproduce, "A problem", body);

        Assert.True(check.Present);
        Assert.Equal(cue, check.Cue);
    }

    [Theory]
    [InlineData("The checksum code in DFSClient is implementation specific.")]
    [InlineData("Remove the unused imports from the scheduler.")]
    public void Steps_are_missing_from_a_description_of_code(string body) =>
        Assert.False(Check(ReadinessItem.StepsToReproduce, "A problem", body).Present);

    [Theory]
    [InlineData("expected:<3> but was:<4>", "expected and actual")]
    [InlineData("I'd have expected the retry to stop", "expected")]
    [InlineData("It returns NFS3ERR_IO instead of NFS3ERR_ACCESS", "instead")]
    [InlineData("The report no longer opens", "used to work")]
    [InlineData("It should show my balance, but it shows zero", "expectation and outcome")]
    public void Expected_versus_actual_is_found_from_its_cue(string body, string cue)
    {
        var check = Check(ReadinessItem.ExpectedVersusActual, "A problem", body);

        Assert.True(check.Present);
        Assert.Equal(cue, check.Cue);
    }

    [Fact]
    public void Should_alone_is_a_wish_not_an_expected_result() =>
        Assert.False(Check(ReadinessItem.ExpectedVersusActual, "Recovery should be on by default", "Is there a reason it is off?").Present);

    [Fact]
    public void The_affected_versions_field_counts_as_the_version()
    {
        var check = Check(ReadinessItem.VersionOrBuild, "Crash", "No details.", "2.7.1", "3.0.0");

        Assert.Equal(("affected versions field", "2.7.1, 3.0.0"), (check.Cue, check.Evidence));
    }

    [Theory]
    [InlineData("Running app version 3.2 on my laptop", true)]
    [InlineData("Happens since build 20418", true)]
    [InlineData("We upgraded to 2.7.1 last week", true)]
    [InlineData("The datanode at 10.245.1.30 is down", false)]
    [InlineData("See Task.java line 574", false)]
    public void A_version_in_the_text_counts_but_an_address_does_not(string body, bool present) =>
        Assert.Equal(present, Check(ReadinessItem.VersionOrBuild, "A problem", body).Present);

    [Theory]
    [InlineData("Running on centos6.5", "operating system")]
    [InlineData("Environment: staging", "environment line")]
    [InlineData("Using Java 8 with -Xmx2g", "runtime")]
    [InlineData("Only in Firefox, Chrome is fine", "browser or device")]
    [InlineData("During the restart of nodemanagers in a 300 node cluster", "cluster or deployment")]
    [InlineData("Our servers run CDH 5.5.1", "distribution or cloud")]
    public void The_environment_is_found_from_its_cue(string body, string cue) =>
        Assert.Equal(cue, Check(ReadinessItem.Environment, "A problem", body).Cue);

    [Fact]
    public void An_operating_system_named_inside_a_stack_frame_is_not_the_environment() =>
        Assert.False(Check(ReadinessItem.Environment, "NPE", "at org.apache.hadoop.util.Windows.check(Windows.java:12)").Present);

    [Theory]
    [InlineData("java.lang.NullPointerException\n\tat org.a.B.run(B.java:10)", "stack trace")]
    [InlineData("2013-08-12 12:53:29,319 FATAL ResourceManager: Error starting", "log line")]
    [InlineData("java.io.IOException: Too many open files", "exception with message")]
    [InlineData("Tests run: 5, Failures: 0, Errors: 3", "test output")]
    [InlineData("HTTP ERROR 500 when saving", "http error")]
    [InlineData("The dialog says \"Could not connect to the server\"", "error message quoted")]
    public void Logs_are_found_from_their_cue(string body, string cue) =>
        Assert.Equal(cue, Check(ReadinessItem.LogsOrStackTrace, "A problem", body).Cue);

    [Theory]
    [InlineData("DFSClient throws NPE when args is null")]
    [InlineData("LOG.warn(\"Unable to create directory \" + dir);")]
    public void A_bare_exception_name_or_a_string_in_code_is_not_a_log(string body) =>
        Assert.False(Check(ReadinessItem.LogsOrStackTrace, "A problem", body).Present);

    [Theory]
    [InlineData("About 40 users in the Leeds office cannot log in", "people affected")]
    [InlineData("Our production cluster is affected", "production or outage")]
    [InlineData("Files are corrupted after the upgrade", "data lost or corrupted")]
    [InlineData("The ResourceManager crashed", "down or cannot start")]
    [InlineData("TeraGen slows down by 3x", "slowdown measured")]
    [InlineData("Any user can read other users' keys: a security hole", "security exposure")]
    [InlineData("This is blocking the release", "severity or blocked work")]
    public void Impact_is_found_from_its_cue(string body, string cue) =>
        Assert.Equal(cue, Check(ReadinessItem.CustomerImpact, "A problem", body).Cue);

    [Fact]
    public void Impact_right_after_a_negation_does_not_count() =>
        Assert.False(Check(ReadinessItem.CustomerImpact, "Tidy up", "This does not affect users and nothing crashed.").Present);

    [Fact]
    public void Only_the_first_20000_characters_of_the_body_are_read() =>
        Assert.False(Check(ReadinessItem.LogsOrStackTrace, "Long", new string('a', ReadinessText.MaxChars) + " java.io.IOException: late").Present);
}
