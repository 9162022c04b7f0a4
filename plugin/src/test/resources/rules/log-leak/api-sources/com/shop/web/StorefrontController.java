package com.shop.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The storefront (Jakarta Servlet 6). Request data from known APIs needs no annotation. */
public class StorefrontController {
    private static final Logger LOG = LoggerFactory.getLogger(StorefrontController.class);
    private static final String AGENT_HEADER = "USER-AGENT";

    public String home(HttpServletRequest request, Principal principal) {
        LOG.info("visit from {}", request.getRemoteAddr()); // EXPECT: log-leak
        LOG.info("visit from host {}", request.getRemoteHost()); // EXPECT: log-leak
        LOG.info("visit by {}", request.getRemoteUser()); // EXPECT: log-leak
        LOG.info("browser {}", request.getHeader("user-agent")); // EXPECT: log-leak
        LOG.info("browser {}", request.getHeader(AGENT_HEADER)); // EXPECT: log-leak
        LOG.info("browser {}", request.getHeader(Headers.USER_AGENT)); // EXPECT: log-leak
        LOG.info("proxy chain {}", request.getHeader(Headers.FORWARDED_FOR)); // EXPECT: log-leak
        LOG.info("cookies {}", request.getHeader("COOKIE")); // EXPECT: log-leak
        LOG.info("correlation {}", request.getHeader(Headers.CORRELATION_ID)); // clean: not a personal header
        LOG.info("language {}", request.getHeader("Accept-Language")); // clean
        LOG.info("path {} via {}", request.getRequestURI(), request.getMethod()); // clean
        LOG.info("user {}", principal.getName()); // EXPECT: log-leak
        LOG.info("signed in: {}", principal != null); // clean: boolean
        HttpSession session = request.getSession(false);
        LOG.debug("session {}", session.getId()); // EXPECT: log-leak
        LOG.debug("session age {}", session.getCreationTime()); // clean
        for (Cookie cookie : request.getCookies()) {
            LOG.trace("cookie {}={}", cookie.getName(), cookie.getValue()); // EXPECT: log-leak
            LOG.trace("cookie {} present", cookie.getName()); // clean: the cookie name is not personal data
        }
        String client = request.getRemoteAddr();
        String line = "client=" + client;
        LOG.info(line); // EXPECT: log-leak
        return "home";
    }
}
