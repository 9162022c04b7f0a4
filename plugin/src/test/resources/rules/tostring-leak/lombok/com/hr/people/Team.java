package com.hr.people;

import lombok.Data;

/** A team: @Data without declared fields. */
@Data
public class Team { // clean: nothing declared
    private String name;
    private String costCentre;
    private int headcount;
}
