package com.clinic.rota;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plans the night shifts. Stream pipelines carry what their elements carry. */
public class RotaPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(RotaPlanner.class);

    public void plan(List<Nurse> nurses) {
        String names = nurses.stream().map(Nurse::getName).collect(Collectors.joining(", "));
        LOG.info("night shift: {}", names); // EXPECT: log-leak
        String badges = nurses.stream().map(Nurse::getBadge).collect(Collectors.joining(", "));
        LOG.info("night shift badges: {}", badges); // clean: badges are not declared
        List<String> pagers = nurses.stream().map(n -> n.getPager()).toList();
        LOG.info("pagers {}", pagers); // EXPECT: log-leak
        List<String> labels = nurses.stream().map(n -> "badge " + n.getBadge()).toList();
        LOG.info("labels {}", labels); // clean
        long busy = nurses.stream().filter(n -> n.getShiftsThisMonth() > 20).count();
        LOG.info("{} nurses are busy", busy); // clean: a count
        int shifts = nurses.stream().mapToInt(Nurse::getShiftsThisMonth).sum();
        LOG.info("{} shifts", shifts); // clean
        boolean anyUnreachable = nurses.stream().anyMatch(n -> n.getPager() == null);
        LOG.info("someone unreachable: {}", anyUnreachable); // clean: boolean
    }

    public void group(List<Nurse> nurses) {
        Map<String, List<String>> byBadge = nurses.stream()
                .collect(Collectors.groupingBy(Nurse::getBadge, Collectors.mapping(Nurse::getName, Collectors.toList())));
        LOG.debug("by badge {}", byBadge); // EXPECT: log-leak
        nurses.stream().map(Nurse::getName).forEach(name -> LOG.debug("on call: {}", name)); // EXPECT: log-leak
        nurses.stream().map(Nurse::getBadge).forEach(badge -> LOG.debug("on call: {}", badge)); // clean
        nurses.forEach(nurse -> LOG.trace("paging {}", nurse.getPager())); // EXPECT: log-leak
        nurses.forEach(nurse -> LOG.trace("paging badge {}", nurse.getBadge())); // clean
        String first = nurses.stream().map(Nurse::getName).sorted().findFirst().orElse("nobody");
        LOG.debug("first alphabetically {}", first); // EXPECT: log-leak
    }
}
