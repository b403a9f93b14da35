package dev.backendlab.grader.report;

import dev.backendlab.grader.results.CheckResult;
import dev.backendlab.grader.results.CheckStatus;
import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.Need;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed results the golden tests render: a fresh clone, a learner halfway, a finished lab, a
 * machine without some tools.
 */
final class Scenarios {

    private Scenarios() {
    }

    /** Every exercise untouched: what a learner sees on the first run. */
    static Map<String, ModuleState> fresh() {
        Map<String, ModuleState> modules = new LinkedHashMap<>();
        modules.put("phase01-core", graded("phase01-core",
                exercise("phase01-core", 1, "Mini runtime", List.of("What is Node.js", "How Node Works"),
                        "MiniRuntimeTest", notStarted("runs_callbacks_on_the_loop_thread()"), notStarted("exits_when_no_work_is_left()")),
                exercise("phase01-core", 2, "Event loop", List.of("Event Loop"),
                        "EventLoopTest", notStarted("timers_fire_in_order()"))));
        modules.put("phase02-http", graded("phase02-http",
                exercise("phase02-http", 1, "Request parser", List.of("HTTP Basics"),
                        "RequestParserTest", notStarted("parses_a_get()"))));
        return modules;
    }

    /** Every kind of row at once: done, not started, in progress, a timeout, a module not graded. */
    static Map<String, ModuleState> mixed() {
        Map<String, ModuleState> modules = new LinkedHashMap<>();
        modules.put("phase01-core", graded("phase01-core",
                exercise("phase01-core", 1, "Mini runtime", List.of("What is Node.js", "How Node Works"),
                        "MiniRuntimeTest", passed("runs_callbacks_on_the_loop_thread()"), passed("exits_when_no_work_is_left()")),
                exercise("phase01-core", 2, "Event loop", List.of("Event Loop"), "EventLoopTest",
                        passed("next_tick_runs_before_promises()"),
                        new CheckResult("timers_fire_in_order_of_expiry()", CheckStatus.FAILING,
                                "[timers fire in order of expiry, then of creation]\nexpected: [\"a\", \"b\"]\n but was: [\"b\", \"a\"]"),
                        notStarted("set_immediate_runs_before_timeout_in_io()")),
                exercise("phase01-core", 3, "Promise", List.of("Event Loop"), "PromiseTest", notStarted("then_is_async()"))));
        modules.put("phase02-http", graded("phase02-http",
                exercise("phase02-http", 1, "Request parser", List.of("HTTP Basics", "Headers"), "RequestParserTest",
                        passed("parses_a_get()"),
                        new CheckResult("rejects_bare_lf()", CheckStatus.TIMED_OUT,
                                "timed out after 10 s: an infinite loop or a blocked read?"))));
        modules.put("phase03-rest", graded("phase03-rest",
                exercise("phase03-rest", 1, "CRUD", List.of("CRUD API Design"), "CrudTest",
                        new CheckResult("creates_a_book()", CheckStatus.BROKEN,
                                "NullPointerException: Cannot invoke \"Book.id()\" (at BookStore.create, BookStore.java:42)"))));
        modules.put("phase06-caching", new ModuleState("phase06-caching", true, List.of()));
        modules.put("phase15-realtime", new ModuleState("phase15-realtime", false, List.of()));
        return modules;
    }

    /**
     * A machine without curl and on an old JDK: an exercise done but for a curl check, one in progress
     * with a curl check, one whose every check needs JDK 21.
     */
    static Map<String, ModuleState> needs() {
        Map<String, ModuleState> modules = new LinkedHashMap<>();
        modules.put("phase01-core", graded("phase01-core",
                exercise("phase01-core", 1, "Mini runtime", List.of("What is Node.js", "How Node Works"),
                        "MiniRuntimeTest", passed("runs_callbacks_on_the_loop_thread()"))));
        modules.put("phase02-http", graded("phase02-http",
                exercise("phase02-http", 1, "Request parser", List.of("HTTP Basics"), "RequestParserTest",
                        passed("parses_a_get()")),
                exercise("phase02-http", 6, "Blocking server", List.of("HTTP Server"), "BlockingServerTest",
                        passed("a_get_from_the_jdk_http_client()"), needsCurl("a_get_from_curl()")),
                exercise("phase02-http", 7, "Non-blocking server", List.of("HTTP Server", "req/res Streams"),
                        "NonBlockingServerTest", needsCurl("a_get_from_curl()"),
                        new CheckResult("keeps_the_connection_open()", CheckStatus.FAILING,
                                "[the connection must stay open]\nexpected: true\n but was: false")),
                exercise("phase02-http", 8, "Virtual threads", List.of("Headers"), "VirtualThreadsTest",
                        needsJdk21("serves_each_connection_on_a_virtual_thread()"), needsJdk21("pins_no_carrier()"))));
        return modules;
    }

    /** Every check of every exercise passes. */
    static Map<String, ModuleState> finished() {
        Map<String, ModuleState> modules = new LinkedHashMap<>();
        modules.put("phase01-core", graded("phase01-core",
                exercise("phase01-core", 1, "Mini runtime", List.of("What is Node.js", "How Node Works"),
                        "MiniRuntimeTest", passed("runs_callbacks_on_the_loop_thread()"))));
        return modules;
    }

    static ModuleState graded(String module, ExerciseResult... exercises) {
        return new ModuleState(module, true, List.of(exercises));
    }

    static ExerciseResult exercise(String module, int order, String title, List<String> topics, String testClass,
                                   CheckResult... checks) {
        String phasePackage = module.substring(0, module.indexOf('-'));
        return new ExerciseResult(module, order, title, topics,
                "dev.backendlab." + phasePackage + "." + testClass, List.of(checks));
    }

    static CheckResult passed(String name) {
        return new CheckResult(name, CheckStatus.PASSED, null);
    }

    static CheckResult needsCurl(String name) {
        return CheckResult.needs(name, new Need(Need.Kind.TOOL, "curl"), "needs curl, which is not on the PATH: install it"
                + " (apt-get install curl / brew install curl) and run this check again; until then it does not count");
    }

    static CheckResult needsJdk21(String name) {
        return CheckResult.needs(name, new Need(Need.Kind.JDK, "JDK 21"), "needs JDK 21, and this runs on JDK 17:"
                + " grade it with JDK 21 or newer (set JAVA_HOME); until then it does not count");
    }

    static CheckResult notStarted(String name) {
        return new CheckResult(name, CheckStatus.NOT_STARTED, "not implemented yet: write it, see README \u00a7Exercise 1");
    }
}
