package com.shop.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** The old account page (javax Servlet 4). */
public class LegacyAccountServlet extends HttpServlet {
    private static final Logger LOG = LogManager.getLogger(LegacyAccountServlet.class);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.info("account page for {}", request.getRemoteUser()); // EXPECT: log-leak
        LOG.info("from {}", request.getRemoteAddr()); // EXPECT: log-leak
        LOG.info("agent {}", request.getHeader("User-Agent")); // EXPECT: log-leak
        LOG.info("session {}", request.getSession().getId()); // EXPECT: log-leak
        LOG.info("principal {}", request.getUserPrincipal().getName()); // EXPECT: log-leak
        LOG.info("query {}", request.getQueryString()); // clean: not a known source
        LOG.info("referer {}", request.getHeader("Referer")); // clean: not a listed header
        response.sendRedirect("/account");
    }
}
