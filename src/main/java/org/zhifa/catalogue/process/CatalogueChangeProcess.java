package org.zhifa.catalogue.process;

import org.springframework.modulith.NamedInterface;

/** The names of {@code bpmn/catalogue-change.bpmn}: its key, task ids and variables, said once. */
@NamedInterface("names")
public final class CatalogueChangeProcess {

    public static final String KEY = "catalogue-change";

    /** Further steps of the model, as its tests refer to them. */
    public static final String END_CATALOGUE_OVERDUE = "End_CatalogueOverdue";
    public static final String END_CATALOGUE_PUBLISHED = "End_CataloguePublished";
    public static final String END_CATALOGUE_RETURNED = "End_CatalogueReturned";
    public static final String TASK_MARK_CATALOGUE_OVERDUE = "Task_MarkCatalogueOverdue";
    public static final String TASK_PUBLISH_CATALOGUE_CHANGE = "Task_PublishCatalogueChange";
    public static final String TASK_REGISTER_CATALOGUE_CHANGE = "Task_RegisterCatalogueChange";
    public static final String TASK_RETURN_CATALOGUE_CHANGE = "Task_ReturnCatalogueChange";
    public static final String TASK_REVIEW = "Task_ReviewCatalogueChange";
    public static final String TASK_WARNING = "Task_CatalogueWarning";
    public static final String TIMER_WARNING = "Timer_CatalogueWarning";
    public static final String TIMER_DEADLINE = "Timer_CatalogueDeadline";
    public static final String BUSINESS_KEY_PREFIX = "CAT-";

    // given at the start (API or Tasklist start form)
    public static final String AGENCY = "agencyCode";
    public static final String SECTION = "catalogueSection";
    public static final String ITEM_KEY = "catalogueKey";
    public static final String TITLE = "catalogueTitle";
    public static final String CONTENT = "catalogueContent";
    public static final String CONTENT_TEXT = "catalogueContentText";
    public static final String REMOVAL = "catalogueRemoval";
    public static final String NOTE = "catalogueNote";
    public static final String CHANGED_BY = "catalogueChangedBy";

    // written by the server when the change is registered
    public static final String AGENCY_NAME = "agencyName";
    public static final String SECTION_NAME = "catalogueSectionName";
    public static final String VERSION = "catalogueVersion";
    public static final String CHANGE_TEXT = "catalogueChangeText";
    public static final String LAST_DAY = "catalogueLastDay";
    public static final String DUE = "catalogueDue";
    public static final String WARN_AT = "catalogueWarnAt";

    // the review
    public static final String DECISION = "catalogueDecision";
    public static final String DECISION_PUBLISH = "publish";
    public static final String REASON = "catalogueReason";

    private CatalogueChangeProcess() {
    }
}
