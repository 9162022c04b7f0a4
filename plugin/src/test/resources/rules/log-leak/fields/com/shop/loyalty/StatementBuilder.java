package com.shop.loyalty;

/** Fills statements; the setter receives personal data here, in another class and file. */
public class StatementBuilder {
    public PointsStatement build(Member member, int points) {
        PointsStatement statement = new PointsStatement();
        statement.setAddressee(member.getDisplayName());
        statement.setChannel("EMAIL");
        statement.setPoints(points);
        return statement;
    }
}
