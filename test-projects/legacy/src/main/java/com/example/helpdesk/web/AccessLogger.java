package com.example.helpdesk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the access log of the web front end. */
public class AccessLogger {
    private static final Logger ACCESS = LoggerFactory.getLogger("access");

    public void log(AccessLogEntry entry) {
        ACCESS.info("{} {} {} {} from {} ({})", entry.timestamp(), entry.method(), entry.path(), entry.status(),
                entry.clientIp(), entry.userAgent());
    }

    public void logSlow(AccessLogEntry entry, long millis) {
        ACCESS.warn("slow request {} {} took {} ms", entry.method(), entry.path(), millis);
    }
}
