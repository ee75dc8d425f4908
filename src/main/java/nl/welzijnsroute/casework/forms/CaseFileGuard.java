package nl.welzijnsroute.casework.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps case-file answers out of the engine whichever way a task is completed. The app's task pages store fields
 * marked {@code opslag: dossier} in the case file and never pass them to the engine; Camunda Tasklist and
 * {@code /engine-rest} do not know that property, so a completion that carries such a field is refused (nothing is
 * stored) with a message to use Welzijnsroute.
 */
@Component
public class CaseFileGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new java.util.ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, GUARD);
                }
            }
        });
    }

    private static final TaskListener GUARD = CaseFileGuard::refuseCaseFileVariables;

    static void refuseCaseFileVariables(DelegateTask task) {
        // Only tasks bound to a Camunda Form can have case-file fields. Asking the engine for a form that does not
        // exist would fail inside the completing transaction and mark it for rollback, even when caught.
        if (!(task instanceof org.camunda.bpm.engine.impl.persistence.entity.TaskEntity entity)
                || entity.getTaskDefinition() == null
                || entity.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
            return;
        }
        FormSchema schema;
        try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            schema = FormSchema.parse(form);
        } catch (ProcessEngineException | IOException noForm) {
            return; // a task without a Camunda Form has no case-file fields
        }
        for (FormField field : schema.valueFields()) {
            if (field.inCaseFile() && (task.hasVariable(field.key()) || task.hasVariableLocal(field.key()))) {
                throw new ProcessEngineException("'" + field.label() + "' hoort in het dossier van de casus en niet in"
                        + " het proces. Rond deze taak af in Welzijnsroute (" + task.getName() + ").");
            }
        }
    }
}
