/**
 * The medical record: everything in this package processes personal data for treatment only.
 */
@ProcessingPurpose(Purposes.TREATMENT)
package com.example.clinic.medical;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
