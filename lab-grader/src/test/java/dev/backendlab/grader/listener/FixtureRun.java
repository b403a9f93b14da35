package dev.backendlab.grader.listener;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.backendlab.grader.results.ExerciseResult;
import dev.backendlab.grader.results.ResultsStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs fixture test classes on a launcher of their own with only the grading listener attached,
 * the way Surefire or an IDE would, and reads back what the listener wrote.
 */
public final class FixtureRun {

    private FixtureRun() {
    }

    public static List<ExerciseResult> run(Path resultsDir, Class<?>... fixtures) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.jupiter.execution.timeout.testable.method.default", "300 ms")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD");
        for (Class<?> fixture : fixtures) {
            request.selectors(selectClass(fixture));
        }
        LauncherDiscoveryRequest discovery = request.build();
        GradingListener listener = new GradingListener(new GradingListener.Settings("phase01-core", resultsDir, false));
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false)
                        .addTestExecutionListeners(listener)
                        .build())
                .execute(discovery);
        return new ResultsStore(resultsDir).readAll();
    }
}
