package dev.backendlab.grader;

/**
 * Thrown by every exercise stub until the learner writes its body.
 *
 * <p>The grader reports a check that ends in this exception, or that reached a stub in any thread
 * while it ran (a server's handler, a pool's worker), as <em>not started</em> rather than failing.
 */
public class NotImplementedYetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param whatToDo      what the learner writes here, as an instruction ("parse the request line")
     * @param readmeSection the README section that teaches it ("Exercise 1: Request parser")
     */
    public NotImplementedYetException(String whatToDo, String readmeSection) {
        super("not implemented yet: " + whatToDo + ", see README \u00a7" + readmeSection);
        StubCalls.record();
    }
}
