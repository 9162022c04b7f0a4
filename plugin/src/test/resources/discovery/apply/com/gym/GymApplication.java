package com.gym;

import com.gym.members.Member;

/** Starts the gym's membership desk. */
public final class GymApplication {
    private GymApplication() {
    }

    public static void main(String[] args) {
        Member member = new Member(1L);
        System.out.println("member " + member.getId());
    }
}
