package com.shop.wishlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the weekly wish-list digest. Containers that receive personal data become personal data. */
public class WishlistDigest {
    private static final Logger LOG = LoggerFactory.getLogger(WishlistDigest.class);

    public void lists(List<Shopper> shoppers) {
        List<String> recipients = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        LOG.info("recipients {}", recipients); // clean: still empty
        for (Shopper shopper : shoppers) {
            recipients.add(shopper.getEmail());
            ids.add(shopper.getShopperId());
        }
        LOG.info("recipients {}", recipients); // EXPECT: log-leak
        LOG.info("first recipient {}", recipients.get(0)); // EXPECT: log-leak
        LOG.info("ids {}", ids); // clean: technical ids
        LOG.info("{} recipients", recipients.size()); // clean: a count
        LOG.info("any recipients: {}", recipients.isEmpty()); // clean: boolean
        LOG.info("includes the owner: {}", recipients.contains("owner@example.com")); // clean: boolean
        List<String> fixed = List.of(shoppers.get(0).getEmail(), "ops@example.com");
        LOG.info("fixed {}", fixed); // EXPECT: log-leak
        Set<String> constants = Set.of("ops@example.com", "sales@example.com");
        LOG.info("team {}", constants); // clean: constants
    }

    public void maps(Shopper shopper) {
        Map<Long, String> byId = new HashMap<>();
        byId.put(shopper.getShopperId(), shopper.getEmail());
        LOG.debug("index {}", byId); // EXPECT: log-leak
        LOG.debug("lookup {}", byId.get(shopper.getShopperId())); // EXPECT: log-leak
        LOG.debug("index size {}", byId.size()); // clean
        LOG.debug("known {}", byId.containsKey(shopper.getShopperId())); // clean: boolean
        Map<String, Integer> counters = new HashMap<>();
        counters.merge("digest", 1, Integer::sum);
        LOG.debug("counters {}", counters); // clean
        Map<String, String> headers = Map.of("To", shopper.getEmail());
        LOG.debug("headers {}", headers); // EXPECT: log-leak
    }

    public void optionals(Shopper shopper) {
        Optional<String> brand = shopper.findFavouriteBrand();
        LOG.info("brand {}", brand); // EXPECT: log-leak
        LOG.info("brand {}", brand.orElse("none")); // EXPECT: log-leak
        LOG.info("has brand {}", brand.isPresent()); // clean: boolean
        LOG.info("nickname {}", shopper.findNickname().orElse("none")); // clean: nickname is not declared
        Optional<String> mail = Optional.of(shopper.getEmail());
        LOG.info("mail {}", mail.map(String::toLowerCase).get()); // EXPECT: log-leak
        LOG.info("mail domain known {}", mail.filter(m -> m.endsWith(".de")).isPresent()); // clean: boolean
    }

    public void arrays(Shopper first, Shopper second) {
        String[] pair = {first.getEmail(), second.getEmail()};
        LOG.info("pair {}", pair[1]); // EXPECT: log-leak
        LOG.info("pair size {}", pair.length); // clean
        long[] ids = {first.getShopperId(), second.getShopperId()};
        LOG.info("ids {} {}", ids[0], ids[1]); // clean
    }
}
