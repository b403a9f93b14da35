package dev.backendlab.phase15.server;

import java.time.Duration;

/**
 * The knobs of {@link WsServer}. Tests turn the intervals down to milliseconds.
 *
 * @param path              the request path the WebSocket handshake is served on ("/ws")
 * @param maxMessageSize    the largest message accepted, in bytes, whole or in fragments; larger
 *                          ones close the connection with 1009
 * @param heartbeatInterval how often the server pings; a client that has not answered the
 *                          previous ping by the next tick is dropped
 * @param maxQueuedBytes    how many bytes of outgoing messages may wait for one slow client before
 *                          it is closed with 1008
 * @param closeTimeout      how long the server waits for the client's close frame (or for its own
 *                          to be delivered) before it closes the TCP connection anyway
 * @param socketSendBuffer  SO_SNDBUF for accepted connections in bytes, 0 for the system default;
 *                          the kernel's buffer is a queue too, tests shrink it so that yours is the
 *                          one that fills up
 */
public record WsServerConfig(String path, int maxMessageSize, Duration heartbeatInterval,
                             int maxQueuedBytes, Duration closeTimeout, int socketSendBuffer) {

    /** Production-like values: 64 KiB messages, a ping every 30 s, 1 MiB queued per client. */
    public static WsServerConfig defaults() {
        return new WsServerConfig("/ws", 64 * 1024, Duration.ofSeconds(30), 1024 * 1024, Duration.ofSeconds(5), 0);
    }

    public WsServerConfig withHeartbeatInterval(Duration interval) {
        return new WsServerConfig(path, maxMessageSize, interval, maxQueuedBytes, closeTimeout, socketSendBuffer);
    }

    public WsServerConfig withMaxMessageSize(int bytes) {
        return new WsServerConfig(path, bytes, heartbeatInterval, maxQueuedBytes, closeTimeout, socketSendBuffer);
    }

    public WsServerConfig withSlowConsumerLimits(int queuedBytes, int sendBuffer) {
        return new WsServerConfig(path, maxMessageSize, heartbeatInterval, queuedBytes, closeTimeout, sendBuffer);
    }

    public WsServerConfig withCloseTimeout(Duration timeout) {
        return new WsServerConfig(path, maxMessageSize, heartbeatInterval, maxQueuedBytes, timeout, socketSendBuffer);
    }
}
