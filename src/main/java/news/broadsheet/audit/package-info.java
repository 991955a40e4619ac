/**
 * The audit trail: who published, unpublished, corrected or deleted what, and when. Rows are only added;
 * administrators read them in the newsroom.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package news.broadsheet.audit;
