package com.clinic.lab;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Runs the sequencer on samples; logs through the platform logger (System.Logger). */
public class SampleAnalyser {
    private static final Logger PLATFORM = System.getLogger(SampleAnalyser.class.getName());

    public void analyse(LabSample sample, int lane) {
        PLATFORM.log(Level.INFO, "sequencing sample of {0}", sample.getDonorName()); // EXPECT: log-leak
        PLATFORM.log(Level.DEBUG, "genotype " + sample.getGenotype()); // EXPECT: log-leak
        PLATFORM.log(Level.ERROR, "sequencer failed for " + sample.getDonorName(), new IllegalStateException("lane")); // EXPECT: log-leak
        PLATFORM.log(Level.INFO, "sequencing sample {0} on lane {1}", sample.getBarcode(), lane); // clean: barcode
        PLATFORM.log(Level.DEBUG, "lane " + lane + " calibrated"); // clean
        PLATFORM.log(Level.WARNING, "genotype present: " + (sample.getGenotype() != null)); // clean: boolean
    }
}
