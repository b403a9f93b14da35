package dev.backendlab.cli;

import java.time.Duration;
import java.util.List;

/**
 * The {@code ./lab} command: reads the subcommand and hands over to its class. Exit codes: 0 done
 * (or the exercise passes), 1 the exercise does not pass yet or the learner said no, 2 a usage error.
 */
public final class Lab {

    static final String USAGE = """
            Usage: ./lab [command] [exercise]     (lab.cmd on Windows)

              status                   where you stand, and the next exercise (the default)
              check [module|exercise]  grade just that; by default the next exercise to do
              watch [exercise]         grade again on every save, move on when it passes
              hint [exercise]          one more hint, gentlest first
              reset <exercise>         put the exercise's stub back as git has it (asks first)
              solution <exercise>      the reference solution, once yours passes
              list                     every exercise with its id and status
              stop                     end the resident grader ./lab check starts (it ends itself after 30 idle minutes)

            Name an exercise by its id (phase01-core:2), its test class (EventLoopTest)
            or its title (event-loop).
            """;

    private final LabProject project;
    private final Grader grader;
    private final Console console;
    private final SourceWatcher.Factory watchers;
    private final Duration debounce;

    public Lab(LabProject project, Grader grader, Console console, SourceWatcher.Factory watchers, Duration debounce) {
        this.project = project;
        this.grader = grader;
        this.console = console;
        this.watchers = watchers;
        this.debounce = debounce;
    }

    public int run(List<String> args) throws InterruptedException {
        String command = args.isEmpty() ? "status" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        CheckCommand check = new CheckCommand(project, grader, console);
        try {
            return switch (command) {
                case "status" -> new StatusCommand(project, console).run(rest);
                case "check" -> check.run(rest);
                case "watch" -> new WatchCommand(project, check, console, watchers, debounce).run(rest);
                case "hint" -> new HintCommand(project, console).run(rest);
                case "reset" -> new ResetCommand(project, console).run(rest);
                case "solution" -> new SolutionCommand(project, check, console).run(rest);
                case "list" -> new ListCommand(project, console).run(rest);
                case "help", "-h", "--help" -> {
                    console.out().print(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("Unknown command \"" + command + "\".\n\n" + USAGE);
            };
        } catch (UsageException e) {
            console.println(e.getMessage());
            return 2;
        }
    }
}
