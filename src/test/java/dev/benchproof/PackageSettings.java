package dev.benchproof;

import dev.benchproof.golden.GoldenApprovals;
import org.approvaltests.core.ApprovalFailureReporter;

/**
 * ApprovalTests settings for every test under dev.benchproof (read by reflection, inherited by
 * sub-packages). Approved files of ordinary approval tests stay next to their test; the golden
 * cases choose their own folder (golden/&lt;command&gt;/&lt;case&gt;/) through their namer.
 */
public class PackageSettings {

    /** Quiet in CI (env CI set), a unified diff on stderr elsewhere; never a GUI diff tool. */
    public static ApprovalFailureReporter UseReporter = GoldenApprovals.reporter();
}
