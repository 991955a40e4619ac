package news.broadsheet.support.internal;

import news.broadsheet.edition.Edition;

/** One edition's revenue figures and their chart, with amounts written in the edition's currency. */
public record EditionRevenue(Edition edition, RevenueReport.EditionFigures figures, RevenueChart chart, String total,
                             String average) {
}
