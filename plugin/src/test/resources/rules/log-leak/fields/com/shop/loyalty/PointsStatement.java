package com.shop.loyalty;

/** A statement of points; a plain bean whose fields are not declared. */
public class PointsStatement {
    private String addressee;
    private String channel;
    private int points;
    private String footer = "Thank you for shopping with us";

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getChannel() {
        return channel;
    }

    public void setPoints(int points) {
        this.points = points;
    }

    public int getPoints() {
        return points;
    }

    public String getFooter() {
        return footer;
    }
}
