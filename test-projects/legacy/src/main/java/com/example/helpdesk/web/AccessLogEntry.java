package com.example.helpdesk.web;

import java.time.Instant;

/** One request to the shop's web front end, as the access log records it. */
public record AccessLogEntry(Instant timestamp, String method, String path, int status, String clientIp,
                             String userAgent, String sessionId) {
}
