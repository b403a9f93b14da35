package dev.backendlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendlab.grader.report.PhaseProgress.TopicProgress;
import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page parsed as a browser would: what a learner reads in it, and that it fetches nothing. */
class ProgressHtmlTest {

    private static final String HOSTILE_MESSAGE = "expected: <script>alert(1)</script> & \"quoted\" 'text'";

    /** A learner's code can put anything in a message; the title and check name carry markup too. */
    static Map<String, ModuleState> hostile() {
        return Map.of("phase01-core", Scenarios.graded("phase01-core",
                Scenarios.exercise("phase01-core", 1, "Tags <b> & \"quotes\"", List.of("Event Loop"), "TagsTest",
                        new CheckResult("rejects_<img src=x>()", CheckStatus.FAILING, HOSTILE_MESSAGE))));
    }

    static Stream<Named<Map<String, ModuleState>>> scenarios() {
        return Stream.of(Named.of("fresh", Scenarios.fresh()), Named.of("mixed", Scenarios.mixed()),
                Named.of("needs", Scenarios.needs()),
                Named.of("finished", Scenarios.finished()), Named.of("hostile", hostile()),
                Named.of("nothing graded", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void every_roadmap_phase_has_a_row_with_its_title_status_and_sub_topics(Map<String, ModuleState> modules) {
        Progress progress = Progress.of(modules);
        Document page = parse(progress);

        assertThat(page.select("table.roadmap > tbody > tr")).as("roadmap rows").hasSize(16);
        for (PhaseProgress phase : progress.phases()) {
            Element row = page.getElementById("phase-" + phase.phase().number());
            assertThat(row).as("roadmap row tr#phase-%d", phase.phase().number()).isNotNull();
            assertThat(row.select("td.phase .title").text()).as("title of phase %d", phase.phase().number())
                    .isEqualTo(phase.phase().title());
            assertThat(row.select("td.state").text()).as("status of phase %d", phase.phase().number())
                    .isEqualTo(Style.UNICODE.symbol(phase.status()) + " " + phase.label());
            if (phase.status() == ProgressStatus.NOT_IN_LAB) {
                assertThat(row.select("td.topics-cell").text()).as("sub-topics of phase %d", phase.phase().number())
                        .isEqualTo(String.join(", ", phase.phase().topics()));
            } else {
                assertThat(row.select("td.topics-cell li").eachText()).as("sub-topics of phase %d", phase.phase().number())
                        .containsExactlyElementsOf(phase.topics().stream().map(ProgressHtmlTest::topicText).toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void every_exercise_has_its_status_count_readme_link_and_command(Map<String, ModuleState> modules) {
        Progress progress = Progress.of(modules);
        Document page = parse(progress);

        List<ExerciseProgress> exercises = progress.phases().stream().flatMap(p -> p.exercises().stream()).toList();
        assertThat(page.select("article.exercise")).as("exercise cards").hasSize(exercises.size());
        for (ExerciseProgress e : exercises) {
            String id = e.result().module() + "-" + e.result().order();
            Element card = page.getElementById(id);
            assertThat(card).as("exercise card article#%s", id).isNotNull();
            assertThat(card.select("h4").text()).as("heading of %s", id).isEqualTo(e.result().order() + ". " + e.result().title());
            assertThat(card.select(".summary > .status").text()).as("status of %s", id)
                    .isEqualTo(Style.UNICODE.symbol(e.status()) + " " + e.label());
            assertThat(card.select(".summary > .count").text()).as("count of %s", id)
                    .isEqualTo(e.result().passed() + " of " + e.result().total() + " checks pass" + e.needsSuffix());
            assertThat(card.select("a.readme").attr("href")).as("README link of %s", id).isEqualTo("../" + e.readmeLink());
            assertThat(card.select("pre.command").text()).as("command of %s", id).isEqualTo(e.labCommand());
            assertThat(card.select("p.alternative code").text()).as("Maven command of %s", id).isEqualTo(e.command());
            assertThat(card.select("details.checks li")).as("every check of %s listed with its status", id)
                    .extracting(Element::text)
                    .containsExactlyElementsOf(e.result().checks().stream()
                            .map(c -> Style.UNICODE.symbol(c.status()) + " " + c.name() + " (" + c.label() + ")").toList());
        }
        assertThat(progress.phases().stream().filter(p -> p.status() == ProgressStatus.NOT_GRADED)
                .allMatch(p -> page.getElementById(p.phase().module().orElseThrow()).nextElementSibling().text()
                        .startsWith("No results yet: ./lab check grades it.")))
                .as("every phase not graded says so under its heading in the exercise list").isTrue();
    }

    @Test
    void links_and_commands_are_exactly_those_a_learner_uses_from_target() {
        Element card = parse(Progress.of(Scenarios.mixed())).getElementById("phase01-core-2");

        assertThat(card.select("a.readme").attr("href")).as("README link, relative to target/")
                .isEqualTo("../phase01-core/README.md#exercise-2-event-loop");
        assertThat(card.select("pre.command").text()).as("command that grades only this exercise")
                .isEqualTo("./lab check phase01-core:2");
        assertThat(card.select("p.alternative code").text()).as("the same without the ./lab tool")
                .isEqualTo("./mvnw test -pl phase01-core -am -Dtest=EventLoopTest");
    }

    @Test
    void a_failing_exercise_shows_its_first_failure_and_a_done_one_shows_none() {
        Document page = parse(Progress.of(Scenarios.mixed()));

        Element failure = page.getElementById("phase01-core-2").selectFirst("dd.failure");
        assertThat(failure).as("first failure of phase01-core exercise 2").isNotNull();
        assertThat(failure.selectFirst("p").text()).as("check line").isEqualTo("\u2718 timers_fire_in_order_of_expiry() (failing)");
        assertThat(failure.selectFirst("pre.message").wholeText()).as("message, line breaks kept")
                .isEqualTo("[timers fire in order of expiry, then of creation]\nexpected: [\"a\", \"b\"]\n but was: [\"b\", \"a\"]");
        assertThat(page.getElementById("phase01-core-1").select("dd.failure")).as("failure shown for a done exercise").isEmpty();
        assertThat(page.getElementById("phase02-http-1").select("pre.message").text()).as("timeout message of phase02-http 1")
                .isEqualTo("timed out after 10 s: an infinite loop or a blocked read?");
    }

    @Test
    void the_next_exercise_leads_the_page() {
        Element next = parse(Progress.of(Scenarios.mixed())).getElementById("next");

        assertThat(next.select("h2").text()).as("next heading").isEqualTo("Next: phase01-core, exercise 2 \u201cEvent loop\u201d");
        assertThat(next.select(".summary").text()).as("next summary").isEqualTo("\u25d0 in progress, 1 of 3 checks pass");
        assertThat(next.select("pre.command").text()).as("next command").isEqualTo("./lab check phase01-core:2");
        assertThat(parse(Progress.of(Scenarios.finished())).getElementById("next").text()).as("next when all pass")
                .isEqualTo("Next: nothing left. Every exercise in the lab passes: well done!");
        assertThat(parse(Progress.of(Scenarios.mixed())).select("p.overall").text()).as("overall line")
                .isEqualTo("4 of 9 checks pass (44%)");
    }

    @Test
    void a_check_that_needs_a_missing_tool_shows_what_it_needs_and_how_to_get_it() {
        Document page = parse(Progress.of(Scenarios.needs()));

        Element done = page.getElementById("phase02-http-6");
        assertThat(done.select(".summary > .status").text()).isEqualTo("\u2714 done");
        assertThat(done.select(".summary > .count").text()).isEqualTo("1 of 1 checks pass (1 needs curl)");
        assertThat(done.select("dt").eachText()).as("what the card lists").containsExactly("Run it", "Read", "Needs");
        assertThat(done.selectFirst("dd.failure p").text()).isEqualTo("\u25cc a_get_from_curl() (needs curl)");
        assertThat(done.selectFirst("pre.message").text()).contains("install it (apt-get install curl / brew install curl)");
        assertThat(page.getElementById("phase02-http-8").select(".summary > .status").text()).isEqualTo("\u25cc needs JDK 21");
        assertThat(page.select("p.overall").text()).isEqualTo("3 of 4 checks pass (75%) (4 need curl, JDK 21)");
    }

    @Test
    void markup_in_titles_names_and_messages_is_shown_as_text() {
        Document page = parse(Progress.of(hostile()));

        assertThat(page.select("script")).as("script elements").isEmpty();
        assertThat(page.select("b, img")).as("elements made from a title or check name").isEmpty();
        assertThat(page.select("pre.message").eachText()).as("the message, in the next box and on the card")
                .containsExactly(HOSTILE_MESSAGE, HOSTILE_MESSAGE);
        assertThat(page.getElementById("phase01-core-1").select("h4").text()).as("title").isEqualTo("1. Tags <b> & \"quotes\"");
        assertThat(page.select("dd.failure p").eachText()).as("check name")
                .containsOnly("\u2718 rejects_<img src=x>() (failing)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void the_page_fetches_nothing(Map<String, ModuleState> modules) {
        Document page = parse(Progress.of(modules));
        Pattern absolute = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*:|//|\\\\\\\\)");

        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (List.of("src", "href", "action", "formaction", "poster", "srcset", "data", "background")
                        .contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    assertThat(attribute.getValue()).as("<%s %s>: must be a relative link", element.tagName(), attribute.getKey())
                            .doesNotContainPattern(absolute);
                }
                if (attribute.getKey().equalsIgnoreCase("style")) {
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).as("style attribute of <%s>", element.tagName())
                            .doesNotContain("url(").doesNotContain("@import");
                }
            }
        }
        assertThat(page.select("script, link, img, iframe, object, embed, video, audio, source, base"))
                .as("elements that load something").isEmpty();
        assertThat(page.select("style")).as("style sheets").hasSize(1);
        assertThat(page.select("style").first().data().toLowerCase(Locale.ROOT)).as("the inline style sheet")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
    }

    @Test
    void the_page_fits_a_phone_screen() {
        Document page = parse(Progress.of(Scenarios.mixed()));

        assertThat(page.select("meta[name=viewport]").attr("content")).as("viewport meta")
                .startsWith("width=device-width");
        assertThat(page.select("meta[charset]").attr("charset")).as("charset meta").isEqualTo("utf-8");
        assertThat(page.documentType().name()).as("doctype").isEqualTo("html");
    }

    @Test
    void a_learner_halfway_gets_the_same_page_as_before() throws IOException {
        Golden.assertMatches("progress-mixed.html", ProgressHtml.render(Progress.of(Scenarios.mixed())));
    }

    private static String topicText(TopicProgress t) {
        return t.name() + " " + (t.total() > 0 ? t.passed() + " of " + t.total() + ", " : "") + t.label() + t.needsSuffix();
    }

    private static Document parse(Progress progress) {
        return Jsoup.parse(ProgressHtml.render(progress));
    }
}
