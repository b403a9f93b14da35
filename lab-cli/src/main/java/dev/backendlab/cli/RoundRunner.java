package dev.backendlab.cli;

import java.util.Arrays;
import java.util.Map;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs test classes through the JUnit Platform launcher. The resident grader loads this class
 * through a loader whose parent holds the module's libraries, so it uses the module's JUnit and
 * lab-grader, not the tool's: its only entry point takes and returns JDK types. The lab's
 * {@code GradingListener} joins in through {@code META-INF/services}, as in a Maven run.
 */
public final class RoundRunner {

    private RoundRunner() {
    }

    /**
     * Runs on the calling thread, whose context class loader must see the test classes.
     *
     * @param testClasses fully qualified names
     * @param configuration JUnit configuration parameters (the per-check timeout)
     * @return how many tests failed or were aborted, for the log
     */
    public static long run(String[] testClasses, Map<String, String> configuration) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(testClasses).map(DiscoverySelectors::selectClass).toList())
                .configurationParameters(configuration)
                .build();
        Launcher launcher = LauncherFactory.create();
        org.junit.platform.launcher.listeners.SummaryGeneratingListener summary =
                new org.junit.platform.launcher.listeners.SummaryGeneratingListener();
        launcher.execute(request, summary);
        return summary.getSummary().getTotalFailureCount();
    }
}
