package dev.backendlab.grader.roadmap;

import java.util.List;
import java.util.Optional;

/**
 * The sixteen phases of the Node.js backend roadmap, with their sub-topics spelled exactly as in
 * the roadmap table, so a learner can map every dashboard row back to it.
 */
public final class Roadmap {

    private static final List<Phase> PHASES = List.of(
            inLab(1, "Node.js Core Concepts", "phase01-core",
                    "What is Node.js", "How Node Works", "Event Loop", "Libuv Thread Pool", "Streams",
                    "Buffers", "File System", "Error Handling"),
            inLab(2, "HTTP & Core Servers", "phase02-http",
                    "HTTP Basics", "HTTP Server", "URL Handling", "Methods", "Headers", "Status Codes",
                    "req/res Streams"),
            inLab(3, "REST API Design", "phase03-rest",
                    "REST Principles", "CRUD API Design", "Idempotency",
                    "Pagination / Filtering / Sorting / Search", "Request & Response Structure",
                    "Status Codes", "Validation", "Versioning", "File Uploads", "Error Handling",
                    "Rate Limiting", "Caching (ETag)"),
            inLab(4, "Auth & Authorization", "phase04-auth",
                    "JWT", "Refresh Tokens", "Password Hashing", "Cookies / Sessions", "OAuth", "RBAC",
                    "Authorization Header"),
            inLab(5, "Databases", "phase05-databases",
                    "MongoDB", "Mongoose", "SQL Basics", "Indexing", "Transactions", "Migrations"),
            inLab(6, "Caching", "phase06-caching",
                    "Redis", "TTL", "Invalidation", "Rate Limiting", "Sessions"),
            notYet(7, "Performance Optimization",
                    "Event Loop Blocking", "Worker Threads", "Streams", "Cluster", "Profiling",
                    "Scalability"),
            notYet(8, "Logging & Monitoring",
                    "Pino", "Winston", "Health Checks", "PM2 Monitoring", "Remote Logging"),
            notYet(9, "Security",
                    "SQL Injection", "NoSQL Injection", "XSS", "CSRF", "HTTPS", "JWT Security"),
            notYet(10, "Testing",
                    "Jest", "Supertest", "Controller Tests", "Service Tests", "DB Mocking"),
            notYet(11, "Deployment",
                    "Linux", "PM2", "NGINX", "SSL", "AWS EC2/S3/RDS", "CI/CD"),
            notYet(12, "File System & Streams",
                    "fs Module", "Streams", "Buffers", "Backpressure", "TCP Networking"),
            notYet(13, "Node Architecture",
                    "MVC", "Clean Architecture", "Event Driven Architecture", "Module Patterns"),
            notYet(14, "Advanced Express",
                    "Middleware Patterns", "Rate Limiting", "Error Handlers", "Build Mini Express"),
            inLab(15, "Real-Time WebSockets", "phase15-realtime",
                    "Socket.io", "ws", "Broadcasting", "Scaling"),
            notYet(16, "Node Internals",
                    "V8 Engine", "Libuv Deep Dive", "Event Loop Internals", "Native Addons"));

    private Roadmap() {
    }

    /** All sixteen phases, in roadmap order. */
    public static List<Phase> phases() {
        return PHASES;
    }

    /** The phase a module teaches, if the module is one of the lab's phase modules. */
    public static Optional<Phase> phaseOfModule(String module) {
        return PHASES.stream().filter(p -> p.module().filter(module::equals).isPresent()).findFirst();
    }

    private static Phase inLab(int number, String title, String module, String... topics) {
        return new Phase(number, title, Optional.of(module), List.of(topics));
    }

    private static Phase notYet(int number, String title, String... topics) {
        return new Phase(number, title, Optional.empty(), List.of(topics));
    }
}
