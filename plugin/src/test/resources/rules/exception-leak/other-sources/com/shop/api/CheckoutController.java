package com.shop.api;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/** The checkout endpoint. Annotated parameters, API sources and declared objects leak into messages. */
public class CheckoutController {
    private final List<RuntimeException> rejected = new ArrayList<>();

    public void checkout(HttpServletRequest request, DeliveryAddress address,
                         @PersonalData(category = Category.CONTACT) String phone) {
        if (request.getHeader("X-Forwarded-For") != null) {
            throw new SecurityException("proxied request from " + request.getHeader("X-Forwarded-For")); // EXPECT: exception-leak
        }
        if (request.getRemoteAddr().startsWith("10.")) {
            throw new SecurityException("internal request to " + request.getRequestURI()); // clean: not a personal source
        }
        if (!address.getCountryCode().equals("DE")) {
            throw new IllegalArgumentException("cannot ship to " + address); // EXPECT: exception-leak
        }
        if (address.getCountryCode().isEmpty()) {
            throw new IllegalArgumentException("cannot ship to country " + address.getCountryCode()); // clean: an unannotated field
        }
        if (phone.length() < 6) {
            rejected.add(new IllegalArgumentException("bad phone " + phone)); // EXPECT: exception-leak
        }
        ApiError body = new ApiError(400, "bad phone " + phone); // clean: not a Throwable
    }
}
