<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Backpack</name>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Verificado</translation>
    </message>
    <message>
        <source>⚠ Issuer not in your trust list</source>
        <translation>⚠ Emisor fuera de su lista de confianza</translation>
    </message>
    <message>
        <source>✖ Expired</source>
        <translation>✖ Caducado</translation>
    </message>
    <message>
        <source>✖ Not valid yet</source>
        <translation>✖ Aún no es válido</translation>
    </message>
    <message>
        <source>✖ Revoked</source>
        <translation>✖ Revocado</translation>
    </message>
    <message>
        <source>✖ Invalid signature</source>
        <translation>✖ Firma no válida</translation>
    </message>
    <message>
        <source>✖ Unreadable</source>
        <translation>✖ Ilegible</translation>
    </message>
    <message>
        <source>? Not checkable offline</source>
        <translation>? No se puede comprobar sin conexión</translation>
    </message>
    <message>
        <source>From school, unsigned</source>
        <translation>De la escuela, sin firma</translation>
    </message>
    <message>
        <source>Self-reported (from a score report)</source>
        <translation>Declarado por la familia (de un informe de resultados)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Verification: {pill}</source>
        <translation>Verificación: {pill}</translation>
    </message>
    <message>
        <source>Standard: {name}</source>
        <translation>Estándar: {name}</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Official records</source>
        <translation>Expediente oficial</translation>
    </message>
    <message>
        <source>Learner profile</source>
        <translation>Perfil del estudiante</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Courses and transcript</source>
        <translation>Cursos y expediente académico</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Standards-based gradebook</source>
        <translation>Calificaciones por estándares</translation>
    </message>
    <message>
        <source>Awards and badges</source>
        <translation>Premios e insignias</translation>
    </message>
    <message>
        <source>Credentials and licences</source>
        <translation>Títulos y licencias</translation>
    </message>
    <message>
        <source>Teacher narratives</source>
        <translation>Informes del profesorado</translation>
    </message>
    <message>
        <source>Supplementary supports (IEP/504)</source>
        <translation>Apoyos adicionales (IEP/504)</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <source>Activities and clubs</source>
        <translation>Actividades y clubes</translation>
    </message>
    <message>
        <source>Employment and internships</source>
        <translation>Empleo y prácticas</translation>
    </message>
    <message>
        <source>Research and study abroad</source>
        <translation>Investigación y estudios en el extranjero</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>College and career readiness</source>
        <translation>Preparación para la universidad y la carrera</translation>
    </message>
    <message>
        <source>Strengths, interests, learning preferences</source>
        <translation>Fortalezas, intereses y preferencias de aprendizaje</translation>
    </message>
    <message>
        <source>Self-management and character</source>
        <translation>Autogestión y carácter</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Verified, but the issuer is not in your trust list</source>
        <translation>Verificado, pero el emisor no está en su lista de confianza</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Aún no es válido</translation>
    </message>
    <message>
        <source>Revoked by the issuer</source>
        <translation>Revocado por el emisor</translation>
    </message>
    <message>
        <source>Tampered or invalid signature</source>
        <translation>Alterado o firma no válida</translation>
    </message>
    <message>
        <source>Not a readable credential</source>
        <translation>No es una credencial legible</translation>
    </message>
    <message>
        <source>Cannot be checked offline</source>
        <translation>No se puede comprobar sin conexión</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>⚠ restricted</source>
        <translation>⚠ restringido</translation>
    </message>
    <message>
        <source>{kind} · self-reported</source>
        <translation>{kind} · declarado por el estudiante</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Detalles del problema</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>Write this key down and keep it apart from your passphrase. It opens the backpack if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Anote esta clave y guárdela separada de su frase de contraseña. Abre la mochila si olvida la frase de contraseña. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save a printable sheet (PDF)…</source>
        <translation>Guardar una hoja imprimible (PDF)…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{problem} Restore it from a backup if you have one.</source>
        <translation>{problem} Restaure desde una copia de seguridad si tiene una.</translation>
    </message>
    <message>
        <source>The system refused: {reason} ({file}).</source>
        <translation>El sistema rechazó la operación: {reason} ({file}).</translation>
    </message>
    <message>
        <source>The system refused: {reason}.</source>
        <translation>El sistema rechazó la operación: {reason}.</translation>
    </message>
    <message>
        <source>Backpack hit a problem it did not expect. Nothing you saved is lost; the details below help fix it.</source>
        <translation>Backpack encontró un problema inesperado. No se ha perdido nada de lo que guardó; los detalles de abajo ayudan a solucionarlo.</translation>
    </message>
    <message>
        <source>{kind}, self-reported</source>
        <translation>{kind}, declarado por la familia</translation>
    </message>
    <message>
        <source>&lt;p&gt;No records yet. Import what your school gave you, or add a goal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay registros. Importe lo que le dio su escuela o añada una meta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Records&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Registros&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Goals due&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Metas pendientes&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>{goal} - by {day}</source>
        <translation>{goal} - para el {day}</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Latest&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Lo más reciente&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{signed}&lt;/b&gt; records signed by schools, &lt;b&gt;{trusted}&lt;/b&gt; of them from schools you trust.</source>
        <translation>&lt;b&gt;{signed}&lt;/b&gt; registros firmados por escuelas, &lt;b&gt;{trusted}&lt;/b&gt; de ellos de escuelas en las que confía.</translation>
    </message>
    <message>
        <source>GPA &lt;b&gt;{gpa}&lt;/b&gt;, as signed by {school}</source>
        <translation>Promedio (GPA) &lt;b&gt;{gpa}&lt;/b&gt;, tal como lo firmó {school}</translation>
    </message>
    <message>
        <source>a school not in your trust list</source>
        <translation>una escuela que no está en su lista de confianza</translation>
    </message>
    <message>
        <source>&lt;b&gt;{credits}&lt;/b&gt; credits in school-signed courses.</source>
        <translation>&lt;b&gt;{credits}&lt;/b&gt; créditos en cursos firmados por la escuela.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; state test results you entered from score reports (self-reported: no one signed them).</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; resultados de pruebas estatales que usted anotó de informes de resultados (declarados por la familia: nadie los firmó).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{hours}&lt;/b&gt; hours of community service.</source>
        <translation>&lt;b&gt;{hours}&lt;/b&gt; horas de servicio comunitario.</translation>
    </message>
    <message>
        <source>College and career readiness: &lt;b&gt;{done} of {milestones}&lt;/b&gt; milestones done.</source>
        <translation>Preparación para la universidad y la carrera: &lt;b&gt;{done} de {milestones}&lt;/b&gt; metas cumplidas.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya estaba aquí</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ superada</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ fallida</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ advertencia</translation>
    </message>
    <message>
        <source>- not checked</source>
        <translation>- no comprobada</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>issuer key</source>
        <translation>clave del emisor</translation>
    </message>
    <message>
        <source>issuer trust</source>
        <translation>confianza en el emisor</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validez</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>revocación</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>records inside</source>
        <translation>registros incluidos</translation>
    </message>
    <message>
        <source>endorsements</source>
        <translation>avales</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Horas de asistencia</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>Result ({name}): &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Resultado ({name}): &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Result: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Resultado: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Aligned to {target}</source>
        <translation>Alineado con {target}</translation>
    </message>
    <message>
        <source>Evidence: {what}</source>
        <translation>Evidencia: {what}</translation>
    </message>
    <message>
        <source>Program part: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Parte del programa: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{count} links between the program and the records inside</source>
        <translation>{count} vínculos entre el programa y los registros incluidos</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation>Observado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <source>job</source>
        <translation>empleo</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>prácticas</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>aprendizaje de oficio</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>research</source>
        <translation>investigación</translation>
    </message>
    <message>
        <source>study abroad</source>
        <translation>estudios en el extranjero</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>fortaleza</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>interés</translation>
    </message>
    <message>
        <source>learning preference</source>
        <translation>preferencia de aprendizaje</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>lograda</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>college</source>
        <translation>universidad</translation>
    </message>
    <message>
        <source>career</source>
        <translation>carrera profesional</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>No key is remembered for this learner yet: compare the fingerprint with the family.</source>
        <translation>Aún no hay ninguna clave guardada para este estudiante: compare la huella con la familia.</translation>
    </message>
    <message>
        <source>This is the key you remembered for this learner.</source>
        <translation>Esta es la clave que usted guardó para este estudiante.</translation>
    </message>
    <message>
        <source>WARNING: you remembered another key for this learner. Ask the family first.</source>
        <translation>ADVERTENCIA: usted guardó otra clave para este estudiante. Consulte primero con la familia.</translation>
    </message>
    <message>
        <source>Whoever has the code</source>
        <translation>Quien tenga el código</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>School not named</source>
        <translation>Escuela sin nombre</translation>
    </message>
    <message>
        <source>calls itself “{name}”</source>
        <translation>se hace llamar «{name}»</translation>
    </message>
    <message>
        <source>GPA {grade}</source>
        <translation>Promedio (GPA) {grade}</translation>
    </message>
    <message>
        <source>? Signature method not supported</source>
        <translation>? Método de firma no admitido</translation>
    </message>
    <message>
        <source>Signed in a way Backpack cannot check</source>
        <translation>Firmado de un modo que Backpack no puede comprobar</translation>
    </message>
    <message>
        <source>conformance</source>
        <translation>conformidad</translation>
    </message>
    <message>
        <source>{kind} 🔒 restricted</source>
        <translation>{kind} 🔒 restringido</translation>
    </message>
    <message>
        <source>“{name}”, not a learner here</source>
        <translation>«{name}», no es un estudiante de aquí</translation>
    </message>
    <message>
        <source>no learner here</source>
        <translation>ningún estudiante de aquí</translation>
    </message>
    <message>
        <source>Self-reported by the learner</source>
        <translation>Declarado por el estudiante</translation>
    </message>
    <message>
        <source>sent to a verifier</source>
        <translation>enviado a un verificador</translation>
    </message>
    <message>
        <source>consistency</source>
        <translation>coherencia</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>Chronic absence is missing 10% or more of the days enrolled: attendance at or below 90%, for the school year to date or for any term, is off track; below 95% is worth watching.</source>
        <translation>El ausentismo crónico es faltar al 10 % o más de los días de matrícula: una asistencia del 90 % o menos, en lo que va del año escolar o en cualquier período, está fuera de rumbo; por debajo del 95 % conviene vigilarla.</translation>
    </message>
    <message>
        <source>Any suspension or expulsion, or two or more discipline incidents in a school year, is off track; one incident is worth watching.</source>
        <translation>Cualquier suspensión o expulsión, o dos o más incidentes de disciplina en un año escolar, está fuera de rumbo; un incidente conviene vigilarlo.</translation>
    </message>
    <message>
        <source>A failing grade in an English or maths course is off track; a failing grade in another course is worth watching. A grade fails when the school&apos;s record says Failed (or, where it says nothing, the grade is F).</source>
        <translation>Una nota reprobada en un curso de inglés o matemáticas está fuera de rumbo; una nota reprobada en otro curso conviene vigilarla. Una nota reprueba cuando el registro de la escuela dice Failed (o, si no dice nada, la nota es F).</translation>
    </message>
    <message>
        <source>A GPA below 2.0 that the school signed is off track. Backpack never computes a GPA: only a grade point average in a school-signed academic record counts.</source>
        <translation>Un GPA inferior a 2.0 firmado por la escuela está fuera de rumbo. Backpack nunca calcula un GPA: solo cuenta el promedio de un expediente académico firmado por la escuela.</translation>
    </message>
    <message>
        <source>In {year} so far: {rate} of the days enrolled ({enrolled}); days missed: {missed}.</source>
        <translation>En {year} hasta ahora: {rate} de los días de matrícula ({enrolled}); días de falta: {missed}.</translation>
    </message>
    <message>
        <source>In 9th grade, a student is on track with at least {credits} full-year credits by the end of the year (a semester course earns half of one; a failed course none) and at most one semester F in a core course (English, maths, science, social studies). Before the year is over, fewer credits are not off track: the credits so far are compared with the pace to {credits} by the end of the year. The grade level is the one the school&apos;s signed records state, else the one the family gives (self-reported).</source>
        <translation>En 9.º grado, un estudiante va por buen camino con al menos {credits} créditos anuales al final del año (una materia semestral da la mitad de uno; una materia reprobada, ninguno) y como mucho una F semestral en una materia básica (inglés, matemáticas, ciencias, estudios sociales). Antes de que termine el año, tener menos créditos no es estar fuera de rumbo: los créditos obtenidos hasta ahora se comparan con el ritmo necesario para llegar a {credits} al final del año. El grado es el que indican los registros firmados por la escuela o, si no, el que da la familia (declarado por la familia).</translation>
    </message>
    <message>
        <source>Grade level {level} as stated by {who}.</source>
        <translation>Grado {level}, según {who}.</translation>
    </message>
    <message>
        <source>There is no attendance summary signed by the school.</source>
        <translation>No hay ningún resumen de asistencia firmado por la escuela.</translation>
    </message>
    <message>
        <source>The school&apos;s attendance summaries have no usable day counts.</source>
        <translation>Los resúmenes de asistencia de la escuela no tienen recuentos de días utilizables.</translation>
    </message>
    <message>
        <source>Talk to the school counsellor about the days missed.</source>
        <translation>Hablar con el consejero escolar sobre los días de falta.</translation>
    </message>
    <message>
        <source>Add a goal for attendance.</source>
        <translation>Añadir una meta de asistencia.</translation>
    </message>
    <message>
        <source>There is no behaviour summary signed by the school.</source>
        <translation>No hay ningún resumen de conducta firmado por la escuela.</translation>
    </message>
    <message>
        <source>Talk to the school counsellor about what happened.</source>
        <translation>Hablar con el consejero escolar sobre lo ocurrido.</translation>
    </message>
    <message>
        <source>Add a goal with the school.</source>
        <translation>Añadir una meta junto con la escuela.</translation>
    </message>
    <message>
        <source>In {year}: discipline incidents: {incidents}; suspensions or expulsions: {removals}.</source>
        <translation>En {year}: incidentes de disciplina: {incidents}; suspensiones o expulsiones: {removals}.</translation>
    </message>
    <message>
        <source>In {year}: credits earned: {credits} (terms: {terms}); semester F in core courses: {fs}.</source>
        <translation>En {year}: créditos obtenidos: {credits} (períodos: {terms}); F semestrales en materias básicas: {fs}.</translation>
    </message>
    <message>
        <source>{rate} of the days enrolled ({enrolled}); days missed: {missed}</source>
        <translation>{rate} de los días de matrícula ({enrolled}); días de falta: {missed}</translation>
    </message>
    <message>
        <source>incidents: {incidents}; suspensions or expulsions: {removals}</source>
        <translation>incidentes: {incidents}; suspensiones o expulsiones: {removals}</translation>
    </message>
    <message>
        <source>courses failing: {failing} of {count}</source>
        <translation>cursos reprobados: {failing} de {count}</translation>
    </message>
    <message>
        <source>There is no English or maths grade signed by the school.</source>
        <translation>No hay ninguna nota de inglés o matemáticas firmada por la escuela.</translation>
    </message>
    <message>
        <source>Failing in English or maths: {courses}.</source>
        <translation>Reprobado en inglés o matemáticas: {courses}.</translation>
    </message>
    <message>
        <source>Talk to the teacher and the school counsellor about support.</source>
        <translation>Hablar con el profesor y el consejero escolar sobre apoyos.</translation>
    </message>
    <message>
        <source>Add a goal for the course.</source>
        <translation>Añadir una meta para el curso.</translation>
    </message>
    <message>
        <source>There is no GPA signed by the school.</source>
        <translation>No hay ningún GPA firmado por la escuela.</translation>
    </message>
    <message>
        <source>The school signed a GPA of {gpa} ({school}, {term}).</source>
        <translation>La escuela firmó un GPA de {gpa} ({school}, {term}).</translation>
    </message>
    <message>
        <source>The learner&apos;s grade level is not known, so the 9th-grade rule cannot be applied.</source>
        <translation>No se conoce el grado del estudiante, así que no se puede aplicar la regla de 9.º grado.</translation>
    </message>
    <message>
        <source>There are no course grades signed by the school for this year.</source>
        <translation>No hay notas de cursos firmadas por la escuela para este año.</translation>
    </message>
    <message>
        <source>The school&apos;s records state no credits for these courses.</source>
        <translation>Los registros de la escuela no indican créditos para estos cursos.</translation>
    </message>
    <message>
        <source>No attendance records for {year}.</source>
        <translation>No hay registros de asistencia de {year}.</translation>
    </message>
    <message>
        <source>No failing grade in English or maths; failing elsewhere: {courses}.</source>
        <translation>Ninguna nota reprobada en inglés ni matemáticas; reprobado en otros cursos: {courses}.</translation>
    </message>
    <message>
        <source>No failing grade in English or maths.</source>
        <translation>Ninguna nota reprobada en inglés ni matemáticas.</translation>
    </message>
    <message>
        <source>GPAs from {count} schools are held; the most recent one ({school}) is used.</source>
        <translation>Hay GPA de {count} escuelas; se usa el más reciente ({school}).</translation>
    </message>
    <message>
        <source>The learner is in grade {level} (as {who} says); this rule is for the 9th-grade year.</source>
        <translation>El estudiante está en {level}.º grado (según {who}); esta regla es para el año de 9.º grado.</translation>
    </message>
    <message>
        <source>Two school records for {term} disagree; the most recently issued one ({id}) is used.</source>
        <translation>Dos registros de la escuela para {term} no coinciden; se usa el emitido más recientemente ({id}).</translation>
    </message>
    <message>
        <source>No attendance records from the school.</source>
        <translation>No hay registros de asistencia de la escuela.</translation>
    </message>
    <message>
        <source>Ask the school for a signed attendance summary for each term.</source>
        <translation>Pedir a la escuela un resumen de asistencia firmado de cada período.</translation>
    </message>
    <message>
        <source>The summary has no usable day counts.</source>
        <translation>El resumen no tiene recuentos de días utilizables.</translation>
    </message>
    <message>
        <source>No behaviour records from the school.</source>
        <translation>No hay registros de conducta de la escuela.</translation>
    </message>
    <message>
        <source>Ask the school whether it keeps a behaviour summary for each term.</source>
        <translation>Preguntar a la escuela si lleva un resumen de conducta de cada período.</translation>
    </message>
    <message>
        <source>Two school records for {course} ({term}) give different grades; the most recently issued one is used.</source>
        <translation>Dos registros de la escuela para {course} ({term}) dan notas distintas; se usa el emitido más recientemente.</translation>
    </message>
    <message>
        <source>No English or maths course grades from the school.</source>
        <translation>No hay notas de cursos de inglés o matemáticas de la escuela.</translation>
    </message>
    <message>
        <source>Import the school&apos;s signed course record (transcript).</source>
        <translation>Importar el expediente de cursos firmado por la escuela.</translation>
    </message>
    <message>
        <source>No GPA signed by the school.</source>
        <translation>No hay GPA firmado por la escuela.</translation>
    </message>
    <message>
        <source>Ask the school for a signed academic record stating the GPA.</source>
        <translation>Pedir a la escuela un expediente académico firmado que indique el GPA.</translation>
    </message>
    <message>
        <source>GPA {gpa} ({school})</source>
        <translation>GPA {gpa} ({school})</translation>
    </message>
    <message>
        <source>Talk to the school counsellor about a plan.</source>
        <translation>Hablar con el consejero escolar sobre un plan.</translation>
    </message>
    <message>
        <source>The grade level.</source>
        <translation>El grado.</translation>
    </message>
    <message>
        <source>Say the learner&apos;s grade level.</source>
        <translation>Indicar el grado del estudiante.</translation>
    </message>
    <message>
        <source>No course grades from the school for 9th grade.</source>
        <translation>No hay notas de cursos de la escuela para 9.º grado.</translation>
    </message>
    <message>
        <source>Talk to the school counsellor about credit recovery.</source>
        <translation>Hablar con el consejero escolar sobre la recuperación de créditos.</translation>
    </message>
    <message>
        <source>Talk to the school counsellor about the credits still to earn this year.</source>
        <translation>Hablar con el consejero escolar sobre los créditos que faltan por obtener este año.</translation>
    </message>
    <message>
        <source>The year is not over: {credits} credits so far is on pace for {need} by its end (about {pace} by now).</source>
        <translation>El año no ha terminado: {credits} créditos hasta ahora van al ritmo para llegar a {need} al final (unos {pace} a estas alturas).</translation>
    </message>
    <message>
        <source>The year is not over: {credits} credits so far is behind the pace for {need} by its end (about {pace} by now); the rest can still be earned this year.</source>
        <translation>El año no ha terminado: {credits} créditos hasta ahora van por detrás del ritmo para llegar a {need} al final (unos {pace} a estas alturas); el resto aún se puede obtener este año.</translation>
    </message>
    <message>
        <source>Courses whose subject is told by their SCED subject code: {count}.</source>
        <translation>Cursos cuya materia se sabe por su código de materia SCED: {count}.</translation>
    </message>
    <message>
        <source>Courses whose subject is told by the subject the school named: {count}.</source>
        <translation>Cursos cuya materia se sabe por la materia que indicó la escuela: {count}.</translation>
    </message>
    <message>
        <source>Courses whose subject is guessed from words in their title (the school&apos;s record names no subject): {count}.</source>
        <translation>Cursos cuya materia se deduce de las palabras de su título (el registro de la escuela no indica materia): {count}.</translation>
    </message>
    <message>
        <source>Not counted: {title}, because {reason}.</source>
        <translation>No se cuenta: {title}, porque {reason}.</translation>
    </message>
    <message>
        <source>The school&apos;s SCED code and the subject it named ({subject}) disagree for {course}; the code is used.</source>
        <translation>El código SCED de la escuela y la materia que indicó ({subject}) no coinciden para {course}; se usa el código.</translation>
    </message>
    <message>
        <source>The school&apos;s records for {year} state different grade levels; the most recently issued one (grade {level}) is used.</source>
        <translation>Los registros de la escuela de {year} indican grados distintos; se usa el emitido más recientemente (grado {level}).</translation>
    </message>
    <message>
        <source>You gave grade {given}; the school&apos;s signed records say grade {level} ({year}), which is used.</source>
        <translation>Usted indicó el grado {given}; los registros firmados por la escuela dicen grado {level} ({year}), que es el que se usa.</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>ha caducado</translation>
    </message>
    <message>
        <source>it is not a readable credential</source>
        <translation>no es una credencial legible</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>aún no es válido</translation>
    </message>
    <message>
        <source>someone other than the school signed it</source>
        <translation>lo firmó alguien que no es la escuela</translation>
    </message>
    <message>
        <source>its issuer ({issuer}) is not in your trust list</source>
        <translation>su emisor ({issuer}) no está en su lista de confianza</translation>
    </message>
    <message>
        <source>its signature could not be checked on this computer</source>
        <translation>su firma no se pudo comprobar en este equipo</translation>
    </message>
    <message>
        <source>its signature does not match its contents (it may have been changed)</source>
        <translation>su firma no coincide con su contenido (puede haber sido modificado)</translation>
    </message>
    <message>
        <source>no signed original is stored with it</source>
        <translation>no se guarda con él ningún original firmado</translation>
    </message>
    <message>
        <source>the family (self-reported, not the school&apos;s record)</source>
        <translation>la familia (declarado por la familia, no es el registro de la escuela)</translation>
    </message>
    <message>
        <source>the school has revoked it</source>
        <translation>la escuela lo revocó</translation>
    </message>
    <message>
        <source>the school&apos;s signed records for {year}</source>
        <translation>los registros firmados por la escuela de {year}</translation>
    </message>
    <message>
        <source>you added it from a paper and the school did not sign it</source>
        <translation>usted lo añadió de un papel y la escuela no lo firmó</translation>
    </message>
    <message>
        <source>it is signed in a way Backpack cannot check</source>
        <translation>está firmado de un modo que Backpack no puede comprobar</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Course grades in English and maths</source>
        <translation>Notas de inglés y matemáticas</translation>
    </message>
    <message>
        <source>GPA the school signed</source>
        <translation>GPA firmado por la escuela</translation>
    </message>
    <message>
        <source>9th-grade on track</source>
        <translation>Buen camino en 9.º grado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Por buen camino</translation>
    </message>
    <message>
        <source>Worth watching</source>
        <translation>Conviene vigilar</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fuera de rumbo</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Faltan datos</translation>
    </message>
    <message>
        <source>✍ Third-party attested</source>
        <translation>✍ Avalado por un tercero</translation>
    </message>
    <message>
        <source>is signed by a key you did not ask (not the one on the card of the person you asked; anyone who saw your share could write one)</source>
        <translation>está firmada con una clave que usted no pidió (no la de la tarjeta de la persona a quien pidió; cualquiera que haya visto su paquete compartido podría escribir una)</translation>
    </message>
    <message>
        <source>is about another learner than the one you shared</source>
        <translation>trata de otro estudiante distinto del que usted compartió</translation>
    </message>
    <message>
        <source>endorses a record you never shared with this person</source>
        <translation>avala un registro que usted nunca compartió con esta persona</translation>
    </message>
    <message>
        <source>came after your request expired on {day}</source>
        <translation>llegó después de que su solicitud venciera el {day}</translation>
    </message>
    <message>
        <source>a key you did not ask</source>
        <translation>una clave que usted no pidió</translation>
    </message>
    <message>
        <source>another learner</source>
        <translation>otro estudiante</translation>
    </message>
    <message>
        <source>endorses nothing you shared</source>
        <translation>no avala nada que usted compartiera</translation>
    </message>
    <message>
        <source>after your request expired</source>
        <translation>después de vencer su solicitud</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>This reply {reasons}.</source>
        <translation>Esta respuesta {reasons}.</translation>
    </message>
    <message>
        <source>Reading the other computers&apos; changes</source>
        <translation>Leyendo los cambios de los otros ordenadores</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Combinando</translation>
    </message>
    <message>
        <source>Copying attached files to the folder</source>
        <translation>Copiando los archivos adjuntos a la carpeta</translation>
    </message>
    <message>
        <source>Writing this computer&apos;s changes</source>
        <translation>Escribiendo los cambios de este ordenador</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} de {total}</translation>
    </message>
    <message>
        <source>not in your contacts: compare the fingerprint with them</source>
        <translation>no está en sus contactos: compare la huella con esa persona</translation>
    </message>
    <message>
        <source>in your contacts as {name} since {day}</source>
        <translation>en sus contactos como {name} desde el {day}</translation>
    </message>
    <message>
        <source>Written by {author} (key fingerprint {fingerprint}, {known})</source>
        <translation>Escrito por {author} (huella de la clave {fingerprint}, {known})</translation>
    </message>
    <message>
        <source>{kind} · third-party attested</source>
        <translation>{kind} · avalado por un tercero</translation>
    </message>
    <message>
        <source>&lt;b&gt;{attested}&lt;/b&gt; written and signed by tutors or programs (third-party attested).</source>
        <translation>&lt;b&gt;{attested}&lt;/b&gt; escritos y firmados por tutores o programas (avalados por un tercero).</translation>
    </message>
    <message>
        <source>✍ written by {name}</source>
        <translation>✍ escrito por {name}</translation>
    </message>
    <message>
        <source>gives the name of your contact {name}, but is not signed with the key on {name}&apos;s card (anyone who saw your share could write one)</source>
        <translation>da el nombre de su contacto {name}, pero no está firmada con la clave de la tarjeta de {name} (cualquiera que haya visto su paquete compartido podría escribir una)</translation>
    </message>
    <message>
        <source>a contact&apos;s name, another key</source>
        <translation>nombre de un contacto, otra clave</translation>
    </message>
</context>
<context>
    <name>BadgeCards</name>
    <message>
        <source>Badges and awards</source>
        <translation>Insignias y premios</translation>
    </message>
</context>
<context>
    <name>ComputersDialog</name>
    <message>
        <source>Computers that sync this backpack</source>
        <translation>Ordenadores que sincronizan esta mochila</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Removing a computer is housekeeping: its later changes are no longer merged. It does not lock it out: that computer keeps the backpack and its key.</source>
        <translation>Quitar un ordenador es limpieza: sus cambios posteriores dejan de combinarse. No le cierra el paso: ese ordenador conserva la mochila y su clave.</translation>
    </message>
    <message>
        <source>Problem with the computers</source>
        <translation>Problema con los ordenadores</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Stop merging the chosen computer&apos;s changes</source>
        <translation>Dejar de combinar los cambios del ordenador elegido</translation>
    </message>
    <message>
        <source>This backpack is kept on {count} computers; this one last synced {when}.</source>
        <translation>Esta mochila está en {count} ordenadores; este se sincronizó por última vez: {when}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (este ordenador)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>Re&amp;name this computer…</source>
        <translation>Cambiar el &amp;nombre de este ordenador…</translation>
    </message>
    <message>
        <source>The name the other computers show for this one</source>
        <translation>El nombre con el que los demás ordenadores muestran este</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>A CLR 2.0 credential must start with the VC 2.0 and CLR 2.0.1 contexts, in that order.</source>
        <translation>Una credencial CLR 2.0 debe comenzar con los contextos VC 2.0 y CLR 2.0.1, en ese orden.</translation>
    </message>
    <message>
        <source>A chunk of the image claims to be longer than the file.</source>
        <translation>Un fragmento de la imagen declara ser más largo que el archivo.</translation>
    </message>
    <message>
        <source>A compressed text chunk of the image expands beyond {0} MB.</source>
        <translation>Un fragmento de texto comprimido de la imagen se expande a más de {0} MB.</translation>
    </message>
    <message>
        <source>A compressed text chunk of the image is damaged.</source>
        <translation>Un fragmento de texto comprimido de la imagen está dañado.</translation>
    </message>
    <message>
        <source>A compressed text chunk of the image is truncated.</source>
        <translation>Un fragmento de texto comprimido de la imagen está truncado.</translation>
    </message>
    <message>
        <source>A credential in this presentation did not verify: {0}</source>
        <translation>Una credencial de esta presentación no superó la verificación: {0}</translation>
    </message>
    <message>
        <source>A record inside this CLR did not verify: {0}</source>
        <translation>Un registro de este CLR no superó la verificación: {0}</translation>
    </message>
    <message>
        <source>A recovery key has 32 characters in 8 groups of 4; this one does not.</source>
        <translation>Una clave de recuperación tiene 32 caracteres en 8 grupos de 4; esta no.</translation>
    </message>
    <message>
        <source>A share code has 20 letters and digits in five groups of four.</source>
        <translation>Un código del paquete compartido tiene 20 letras y dígitos en cinco grupos de cuatro.</translation>
    </message>
    <message>
        <source>A share must expire in the future and within one year.</source>
        <translation>Un paquete compartido debe caducar en el futuro y en un plazo máximo de un año.</translation>
    </message>
    <message>
        <source>A tEXt chunk of the image has no keyword.</source>
        <translation>Un fragmento tEXt de la imagen no tiene palabra clave.</translation>
    </message>
    <message>
        <source>A text chunk of the image is larger than a credential may be.</source>
        <translation>Un fragmento de texto de la imagen es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <source>A {0} chunk of the image is damaged (bad CRC).</source>
        <translation>Un fragmento {0} de la imagen está dañado (CRC incorrecto).</translation>
    </message>
    <message>
        <source>An Open Badges 3.0 credential needs an id.</source>
        <translation>Una credencial Open Badges 3.0 necesita un id.</translation>
    </message>
    <message>
        <source>An Open Badges 3.0 credential needs the Open Badges context.</source>
        <translation>Una credencial Open Badges 3.0 necesita el contexto de Open Badges.</translation>
    </message>
    <message>
        <source>An iTXt chunk of the image is malformed.</source>
        <translation>Un fragmento iTXt de la imagen tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>An iTXt chunk of the image is not UTF-8 text.</source>
        <translation>Un fragmento iTXt de la imagen no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Ana Rivera (demo)</source>
        <translation>Ana Rivera (demostración)</translation>
    </message>
    <message>
        <source>Cannot read the trust file {0}: {1}.</source>
        <translation>No se puede leer el archivo de confianza {0}: {1}.</translation>
    </message>
    <message>
        <source>Cannot read {0} ({1}).</source>
        <translation>No se puede leer {0} ({1}).</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>No se puede leer {0}: {1}.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {0} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Elija una frase de contraseña de al menos {0} caracteres; unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Choose what to share: record ids, a category, or a preset.</source>
        <translation>Elija qué compartir: identificadores de registros, una categoría o una selección predefinida.</translation>
    </message>
    <message>
        <source>Could not reach the storage server {0}: check the address (--endpoint) and your connection.</source>
        <translation>No se pudo llegar al servidor de almacenamiento {0}: revise la dirección (--endpoint) y su conexión.</translation>
    </message>
    <message>
        <source>Could not use the storage at {0} ({1}).</source>
        <translation>No se pudo usar el almacenamiento en {0} ({1}).</translation>
    </message>
    <message>
        <source>Could not use the storage at {0}: {1}.</source>
        <translation>No se pudo usar el almacenamiento en {0}: {1}.</translation>
    </message>
    <message>
        <source>Do not rely on this presentation: its holder signature failed. {0}</source>
        <translation>No confíe en esta presentación: falló la firma de su titular. {0}</translation>
    </message>
    <message>
        <source>Do not rely on this record: {0}{1}</source>
        <translation>No confíe en este registro: {0}{1}</translation>
    </message>
    <message>
        <source>Every credential in this presentation is genuine, but not every issuer is in your trust list.</source>
        <translation>Todas las credenciales de esta presentación son auténticas, pero no todos los emisores están en su lista de confianza.</translation>
    </message>
    <message>
        <source>Every record of that choice is private or restricted; share such records by id with --records (restricted ones also need --include-restricted).</source>
        <translation>Todos los registros de esa selección son privados o restringidos; comparta esos registros por id con --records (los restringidos también necesitan --include-restricted).</translation>
    </message>
    <message>
        <source>Give either the backup&apos;s passphrase or its recovery key.</source>
        <translation>Indique la frase de contraseña de la copia de seguridad o su clave de recuperación.</translation>
    </message>
    <message>
        <source>Issued by {0}, which is in your trust list.</source>
        <translation>Emitido por {0}, que está en su lista de confianza.</translation>
    </message>
    <message>
        <source>It carries no signature.</source>
        <translation>No lleva firma.</translation>
    </message>
    <message>
        <source>It does not name any learner in this backpack by email, SIS id or key; say whose it is with --learner.</source>
        <translation>No identifica a ningún estudiante de esta mochila por correo electrónico, id del SIS ni clave; indique de quién es con --learner.</translation>
    </message>
    <message>
        <source>It does not name its recipient (recipient.identity).</source>
        <translation>No indica su destinatario (recipient.identity).</translation>
    </message>
    <message>
        <source>It does not say it is the list published at {0}.</source>
        <translation>No indica que sea la lista publicada en {0}.</translation>
    </message>
    <message>
        <source>It does not say which badge it awards (badge).</source>
        <translation>No indica qué insignia otorga (badge).</translation>
    </message>
    <message>
        <source>It does not say who issued it (issuer).</source>
        <translation>No indica su emisor (issuer).</translation>
    </message>
    <message>
        <source>It does not say who issued it.</source>
        <translation>No indica su emisor.</translation>
    </message>
    <message>
        <source>It does not say whose document it is (no id).</source>
        <translation>No indica de quién es el documento (no tiene id).</translation>
    </message>
    <message>
        <source>It does not start with the W3C Verifiable Credentials context.</source>
        <translation>No comienza con el contexto de W3C Verifiable Credentials.</translation>
    </message>
    <message>
        <source>It expired on {0}.</source>
        <translation>Caducó el {0}.</translation>
    </message>
    <message>
        <source>It has more than {0} unnamed parts; refused.</source>
        <translation>Tiene más de {0} partes sin nombre; se rechazó.</translation>
    </message>
    <message>
        <source>It has no credentialSubject.</source>
        <translation>No tiene credentialSubject.</translation>
    </message>
    <message>
        <source>It has no issuedOn date.</source>
        <translation>No tiene fecha issuedOn.</translation>
    </message>
    <message>
        <source>It holds the web address of an Open Badges 2.0 badge ({0}).</source>
        <translation>Contiene la dirección web de una insignia Open Badges 2.0 ({0}).</translation>
    </message>
    <message>
        <source>It is XML but not an SVG image.</source>
        <translation>Es XML, pero no es una imagen SVG.</translation>
    </message>
    <message>
        <source>It is a well-formed CLR 2.0 credential.</source>
        <translation>Es una credencial CLR 2.0 bien formada.</translation>
    </message>
    <message>
        <source>It is a well-formed Open Badges 2.0 assertion ({0}).</source>
        <translation>Es una aserción Open Badges 2.0 bien formada ({0}).</translation>
    </message>
    <message>
        <source>It is a well-formed Verifiable Presentation of {0}.</source>
        <translation>Es una presentación verificable bien formada de {0}.</translation>
    </message>
    <message>
        <source>It is a well-formed verifiable credential.</source>
        <translation>Es una credencial verificable bien formada.</translation>
    </message>
    <message>
        <source>It is larger than a DID document may be.</source>
        <translation>Es más grande de lo que puede ser un documento DID.</translation>
    </message>
    <message>
        <source>It is larger than the {0} MB it may be.</source>
        <translation>Supera los {0} MB permitidos.</translation>
    </message>
    <message>
        <source>It is neither a PNG nor an SVG image.</source>
        <translation>No es una imagen PNG ni SVG.</translation>
    </message>
    <message>
        <source>It is nested more than {0} levels deep.</source>
        <translation>Tiene más de {0} niveles de anidamiento.</translation>
    </message>
    <message>
        <source>It is not a DID document (not a JSON object).</source>
        <translation>No es un documento DID (no es un objeto JSON).</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
    <message>
        <source>It is not a PNG image.</source>
        <translation>No es una imagen PNG.</translation>
    </message>
    <message>
        <source>It is not a Verifiable Presentation.</source>
        <translation>No es una presentación verificable.</translation>
    </message>
    <message>
        <source>It is not a compact JSON Web Token.</source>
        <translation>No es un JSON Web Token compacto.</translation>
    </message>
    <message>
        <source>It is not a readable token.</source>
        <translation>No es un token legible.</translation>
    </message>
    <message>
        <source>It is not a status list credential.</source>
        <translation>No es una credencial de lista de estado.</translation>
    </message>
    <message>
        <source>It is not text (UTF-8).</source>
        <translation>No es texto (UTF-8).</translation>
    </message>
    <message>
        <source>It is not valid JSON (line {0}: {1}).</source>
        <translation>No es JSON válido (línea {0}: {1}).</translation>
    </message>
    <message>
        <source>It is not valid until {0}.</source>
        <translation>No tiene validez hasta el {0}.</translation>
    </message>
    <message>
        <source>It is not well-formed XML ({0}).</source>
        <translation>No es XML bien formado ({0}).</translation>
    </message>
    <message>
        <source>It is signed with {0}, which Backpack does not accept.</source>
        <translation>Su firma usa {0}, que Backpack no acepta.</translation>
    </message>
    <message>
        <source>It is the document of {0}, not of {1}.</source>
        <translation>Es el documento de {0}, no de {1}.</translation>
    </message>
    <message>
        <source>It is {0}.</source>
        <translation>Es {0}.</translation>
    </message>
    <message>
        <source>It names more than one learner here ({0}); say whose it is with --learner.</source>
        <translation>Identifica a más de un estudiante de esta mochila ({0}); indique de quién es con --learner.</translation>
    </message>
    <message>
        <source>It only points to a badge on its issuer&apos;s website, which Backpack does not visit.</source>
        <translation>Solo apunta a una insignia en el sitio web de su emisor, que Backpack no visita.</translation>
    </message>
    <message>
        <source>It uses the vocabulary {0}, which Backpack does not know, so it cannot be checked.</source>
        <translation>Usa el vocabulario {0}, que Backpack no conoce, así que no se puede comprobar.</translation>
    </message>
    <message>
        <source>It was signed with a key that does not belong to its issuer.</source>
        <translation>Se firmó con una clave que no pertenece a su emisor.</translation>
    </message>
    <message>
        <source>Its embedded key is not a JSON Web Key.</source>
        <translation>Su clave incrustada no es una JSON Web Key.</translation>
    </message>
    <message>
        <source>Its embedded key is not a valid key.</source>
        <translation>Su clave incrustada no es una clave válida.</translation>
    </message>
    <message>
        <source>Its encodedList is cut short.</source>
        <translation>Su encodedList está truncado.</translation>
    </message>
    <message>
        <source>Its encodedList is not GZIP-compressed data.</source>
        <translation>Su encodedList no son datos comprimidos con GZIP.</translation>
    </message>
    <message>
        <source>Its encodedList is not multibase base64url (&apos;u...&apos;).</source>
        <translation>Su encodedList no está en multibase base64url (&apos;u...&apos;).</translation>
    </message>
    <message>
        <source>Its encodedList is not valid base64.</source>
        <translation>Su encodedList no es base64 válido.</translation>
    </message>
    <message>
        <source>Its holder is not an identifier.</source>
        <translation>Su titular no es un identificador.</translation>
    </message>
    <message>
        <source>Its issuer is named only through a web address, which is not fetched offline.</source>
        <translation>Su emisor solo se identifica mediante una dirección web, que no se consulta sin conexión.</translation>
    </message>
    <message>
        <source>Its key travels inside the file and its issuer is not otherwise identified, so nothing shows who signed it.</source>
        <translation>Su clave viaja dentro del archivo y su emisor no está identificado de ninguna otra forma, así que nada indica quién firmó.</translation>
    </message>
    <message>
        <source>Its linked-data structure is invalid ({0}).</source>
        <translation>Su estructura de datos enlazados no es válida ({0}).</translation>
    </message>
    <message>
        <source>Its list expands to more than {0} MiB, far beyond any real status list, so it was not read.</source>
        <translation>Su lista se expande a más de {0} MiB, muy por encima de cualquier lista de estado real, así que no se leyó.</translation>
    </message>
    <message>
        <source>Its list of statuses (encodedList) is missing.</source>
        <translation>Falta su lista de estados (encodedList).</translation>
    </message>
    <message>
        <source>Its place in the revocation list is not a number.</source>
        <translation>Su posición en la lista de revocación no es un número.</translation>
    </message>
    <message>
        <source>Its signature block is not in a form Backpack understands.</source>
        <translation>Su bloque de firma no tiene una forma que Backpack entienda.</translation>
    </message>
    <message>
        <source>Its signature uses a key type this signature method does not allow.</source>
        <translation>Su firma usa un tipo de clave que este método de firma no permite.</translation>
    </message>
    <message>
        <source>Its signature was made for another exchange (challenge differs).</source>
        <translation>Su firma se hizo para otro intercambio (el valor challenge no coincide).</translation>
    </message>
    <message>
        <source>Its signature was made for another recipient (domain differs).</source>
        <translation>Su firma se hizo para otro destinatario (el valor domain no coincide).</translation>
    </message>
    <message>
        <source>Its signature was made for {0}, not for {1}.</source>
        <translation>Su firma se hizo para {0}, no para {1}.</translation>
    </message>
    <message>
        <source>Its structure is built to make checking it take too long; it was refused.</source>
        <translation>Su estructura está diseñada para que comprobarla tarde demasiado; se rechazó.</translation>
    </message>
    <message>
        <source>Its structure is built to make checking it take too much work; it was refused.</source>
        <translation>Su estructura está diseñada para que comprobarla requiera demasiado trabajo; se rechazó.</translation>
    </message>
    <message>
        <source>Its subject does not name an achievement.</source>
        <translation>Su sujeto no indica un logro.</translation>
    </message>
    <message>
        <source>Its subject is not a {0}.</source>
        <translation>Su sujeto no es un {0}.</translation>
    </message>
    <message>
        <source>Its token claims {0}, which does not fit its {1} key.</source>
        <translation>Su token declara {0}, que no corresponde a su clave {1}.</translation>
    </message>
    <message>
        <source>Its token demands extensions Backpack does not understand.</source>
        <translation>Su token exige extensiones que Backpack no entiende.</translation>
    </message>
    <message>
        <source>Its token does not name the key that signed it.</source>
        <translation>Su token no indica la clave que lo firmó.</translation>
    </message>
    <message>
        <source>Its token names a different holder than its content.</source>
        <translation>Su token indica un titular distinto del de su contenido.</translation>
    </message>
    <message>
        <source>Its token names a different issuer than its content.</source>
        <translation>Su token indica un emisor distinto del de su contenido.</translation>
    </message>
    <message>
        <source>Its token names a different subject than its content.</source>
        <translation>Su token indica un sujeto distinto del de su contenido.</translation>
    </message>
    <message>
        <source>Its token&apos;s {0} disagrees with its {1}.</source>
        <translation>El valor {0} de su token no coincide con su {1}.</translation>
    </message>
    <message>
        <source>Its type does not include VerifiableCredential.</source>
        <translation>Su tipo no incluye VerifiableCredential.</translation>
    </message>
    <message>
        <source>Its type is not an Open Badges 2.0 Assertion.</source>
        <translation>Su tipo no es una Assertion de Open Badges 2.0.</translation>
    </message>
    <message>
        <source>Its verification type is neither hosted nor signed.</source>
        <translation>Su tipo de verificación no es hosted ni signed.</translation>
    </message>
    <message>
        <source>Its {0} ({1}) is not a date and time.</source>
        <translation>Su {0} ({1}) no es una fecha y hora.</translation>
    </message>
    <message>
        <source>Its {0} cannot be read.</source>
        <translation>Su {0} no se puede leer.</translation>
    </message>
    <message>
        <source>Its {0} claim is not a time.</source>
        <translation>Su declaración {0} no es una marca de tiempo.</translation>
    </message>
    <message>
        <source>Its {0} is not a JSON object.</source>
        <translation>Su {0} no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Its {0} is not a date and time.</source>
        <translation>Su {0} no es una fecha y hora.</translation>
    </message>
    <message>
        <source>Line {0} of the score report: {1}{2}</source>
        <translation>Línea {0} del informe de resultados: {1}{2}</translation>
    </message>
    <message>
        <source>More than one record starts with {0}; type more of its id.</source>
        <translation>Más de un registro empieza por {0}; escriba más caracteres de su id.</translation>
    </message>
    <message>
        <source>No display is available to show the Backpack window; use the command line instead (run &apos;backpack --help&apos;).</source>
        <translation>No hay ninguna pantalla disponible para mostrar la ventana de Backpack; use la línea de comandos en su lugar (ejecute &apos;backpack --help&apos;).</translation>
    </message>
    <message>
        <source>No records match that choice.</source>
        <translation>Ningún registro coincide con esa selección.</translation>
    </message>
    <message>
        <source>No storage credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE), as for the aws command.</source>
        <translation>No se encontraron credenciales de almacenamiento: defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY (o AWS_PROFILE), como para el comando aws.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>No existe ese adjunto.</translation>
    </message>
    <message>
        <source>Not checked, because the signature failed.</source>
        <translation>No se comprobó porque la firma falló.</translation>
    </message>
    <message>
        <source>Not compared with a learner (no backpack was opened).</source>
        <translation>No se comparó con un estudiante (no se abrió ninguna mochila).</translation>
    </message>
    <message>
        <source>Signed with the holder&apos;s own key ({0}).{1}</source>
        <translation>Firmado con la clave propia del titular ({0}).{1}</translation>
    </message>
    <message>
        <source>Signed with the issuer&apos;s own key ({0}).{1}</source>
        <translation>Firmado con la clave propia del emisor ({0}).{1}</translation>
    </message>
    <message>
        <source>The bucket {0} does not let anyone read its pages without a signed link, and a signed link lasts at most 7 days while this share lasts until {1}: make the folder readable by anyone (docs/publishing.md), or publish a share that expires within 7 days. Nothing was left in the bucket.</source>
        <translation>El bucket {0} no deja que nadie lea sus páginas sin un enlace firmado, y un enlace firmado dura como mucho 7 días, mientras que este paquete compartido dura hasta el {1}: haga que cualquiera pueda leer la carpeta (docs/publishing.md) o publique un paquete compartido que caduque en 7 días o menos. No quedó nada en el bucket.</translation>
    </message>
    <message>
        <source>The bucket {0} is in another region than {1}: give its region with --region.</source>
        <translation>El bucket {0} está en otra región distinta de {1}: indique su región con --region.</translation>
    </message>
    <message>
        <source>The certificate of {0} could not be checked.</source>
        <translation>No se pudo comprobar el certificado de {0}.</translation>
    </message>
    <message>
        <source>The signature could not be checked without the holder&apos;s key.</source>
        <translation>No se pudo comprobar la firma sin la clave del titular.</translation>
    </message>
    <message>
        <source>The signature could not be checked without the issuer&apos;s key.</source>
        <translation>No se pudo comprobar la firma sin la clave del emisor.</translation>
    </message>
    <message>
        <source>(from {0}, as they call themselves)</source>
        <translation>(de {0}, según se hacen llamar)</translation>
    </message>
    <message>
        <source>A check is an object with id, status and detail.</source>
        <translation>Una comprobación es un objeto con id, status y detail.</translation>
    </message>
    <message>
        <source>A check needs an id, a status and a detail ({0}).</source>
        <translation>Una comprobación necesita un id, un estado y un detalle ({0}).</translation>
    </message>
    <message>
        <source>A check&apos;s detail is a sentence (str).</source>
        <translation>El detalle de una comprobación es una frase (str).</translation>
    </message>
    <message>
        <source>A field of the state test result is longer than 200 characters.</source>
        <translation>Un campo del resultado de la prueba estatal tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>A narrative says the learner&apos;s --strengths, --challenges or both (only a narrative does).</source>
        <translation>Una narración indica las fortalezas (--strengths), los desafíos (--challenges) o ambos del estudiante (solo una narración los indica).</translation>
    </message>
    <message>
        <source>A printout of restricted records must be password-protected: give a password with --pdf-password-file, have one made with --pdf-protect, or share with a code.</source>
        <translation>Una impresión de registros restringidos debe estar protegida con contraseña: indique una con --pdf-password-file, pida que se genere una con --pdf-protect o comparta con un código.</translation>
    </message>
    <message>
        <source>A printout password may have at most {0} characters.</source>
        <translation>La contraseña de una impresión puede tener como mucho {0} caracteres.</translation>
    </message>
    <message>
        <source>A report&apos;s {0} holds {1}s, not {2}.</source>
        <translation>El campo {0} de un informe contiene {1}, no {2}.</translation>
    </message>
    <message>
        <source>A report&apos;s {0} is a list, not {1}.</source>
        <translation>El campo {0} de un informe es una lista, no {1}.</translation>
    </message>
    <message>
        <source>A report&apos;s {0} is text, not {1}.</source>
        <translation>El campo {0} de un informe es texto, no {1}.</translation>
    </message>
    <message>
        <source>A state test result needs a scale score or a proficiency level.</source>
        <translation>Un resultado de prueba estatal necesita una puntuación de escala o un nivel de competencia.</translation>
    </message>
    <message>
        <source>A state test result needs its subject and school year.</source>
        <translation>Un resultado de prueba estatal necesita su materia y su año escolar.</translation>
    </message>
    <message>
        <source>A trust list is immutable</source>
        <translation>Una lista de confianza no se puede modificar</translation>
    </message>
    <message>
        <source>A trusted issuer is an object with an id and a name.</source>
        <translation>Un emisor de confianza es un objeto con un id y un nombre.</translation>
    </message>
    <message>
        <source>A trusted issuer is immutable; use model_copy(update=...)</source>
        <translation>Un emisor de confianza no se puede modificar; use model_copy(update=...)</translation>
    </message>
    <message>
        <source>A trusted issuer&apos;s url is text.</source>
        <translation>La url de un emisor de confianza es texto.</translation>
    </message>
    <message>
        <source>A trusted issuer&apos;s {0} is text of 1 to {1} characters.</source>
        <translation>El campo {0} de un emisor de confianza es un texto de 1 a {1} caracteres.</translation>
    </message>
    <message>
        <source>Entered by the family from the state&apos;s score report; not signed by anyone.</source>
        <translation>Introducido por la familia a partir del informe de resultados del estado; no lo firma nadie.</translation>
    </message>
    <message>
        <source>Grade level</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Its key is from a copy of the issuer&apos;s DID document saved on {0}.</source>
        <translation>Su clave procede de una copia del documento DID del emisor guardada el {0}.</translation>
    </message>
    <message>
        <source>Its key is from a copy of the issuer&apos;s DID document.</source>
        <translation>Su clave procede de una copia del documento DID del emisor.</translation>
    </message>
    <message>
        <source>Its signature names how it was made in a form Backpack cannot check.</source>
        <translation>Su firma indica cómo se hizo de una forma que Backpack no puede comprobar.</translation>
    </message>
    <message>
        <source>Its token claims {0}, which does not fit its key.</source>
        <translation>Su token declara {0}, que no corresponde a su clave.</translation>
    </message>
    <message>
        <source>Its token names a different credential id than its content.</source>
        <translation>Su token indica un identificador de credencial distinto del de su contenido.</translation>
    </message>
    <message>
        <source>Not revoked as of {0}.</source>
        <translation>No revocado a fecha del {0}.</translation>
    </message>
    <message>
        <source>Not suspended as of {0}.</source>
        <translation>No suspendido a fecha del {0}.</translation>
    </message>
    <message>
        <source>Only UTF-8 SVG images can be baked.</source>
        <translation>Solo se pueden incrustar credenciales en imágenes SVG UTF-8.</translation>
    </message>
    <message>
        <source>Only {0}&apos;s records can go in {1}&apos;s share.</source>
        <translation>Solo los registros de {0} pueden ir en el paquete compartido de {1}.</translation>
    </message>
    <message>
        <source>Open Badges 2.0 revocation is published on the issuer&apos;s website, which Backpack does not visit, so revocation was not checked.</source>
        <translation>La revocación de Open Badges 2.0 se publica en el sitio web del emisor, que Backpack no visita, así que no se comprobó la revocación.</translation>
    </message>
    <message>
        <source>Progress notes belong to goals.</source>
        <translation>Las notas de progreso pertenecen a las metas.</translation>
    </message>
    <message>
        <source>Record {0} has no attached file.</source>
        <translation>El registro {0} no tiene ningún archivo adjunto.</translation>
    </message>
    <message>
        <source>Record {0} has no file called {1}.</source>
        <translation>El registro {0} no tiene ningún archivo llamado {1}.</translation>
    </message>
    <message>
        <source>Record {0} has several files; name one with --name ({1}).</source>
        <translation>El registro {0} tiene varios archivos; indique uno con --name ({1}).</translation>
    </message>
    <message>
        <source>Say the learner&apos;s grade level.</source>
        <translation>Indique el grado del estudiante.</translation>
    </message>
    <message>
        <source>Say which learner with --learner ({0}).</source>
        <translation>Indique qué estudiante con --learner ({0}).</translation>
    </message>
    <message>
        <source>Say whose card this is with --name (a person or a program).</source>
        <translation>Indique de quién es esta tarjeta con --name (una persona o un programa).</translation>
    </message>
    <message>
        <source>Self-reported by the learner; no school or program vouches for it.</source>
        <translation>Declarado por el estudiante; ninguna escuela ni programa lo respalda.</translation>
    </message>
    <message>
        <source>Share either --to a contact or with a --code.</source>
        <translation>Comparta con un contacto (--to) o con un código (--code).</translation>
    </message>
    <message>
        <source>State assessment</source>
        <translation>Prueba estatal</translation>
    </message>
    <message>
        <source>That DID document was not saved: {0}</source>
        <translation>Ese documento DID no se guardó: {0}</translation>
    </message>
    <message>
        <source>That QR code is a share, not a card; open it with &apos;open&apos;.</source>
        <translation>Ese código QR es un paquete compartido, no una tarjeta; ábralo con &apos;open&apos;.</translation>
    </message>
    <message>
        <source>That backup holds files Backpack never writes; not restored.</source>
        <translation>Esa copia de seguridad contiene archivos que Backpack nunca escribe; no se restauró.</translation>
    </message>
    <message>
        <source>That backup holds too many files; not restored.</source>
        <translation>Esa copia de seguridad contiene demasiados archivos; no se restauró.</translation>
    </message>
    <message>
        <source>That backup is damaged (its header is too large).</source>
        <translation>Esa copia de seguridad está dañada (su encabezado es demasiado grande).</translation>
    </message>
    <message>
        <source>That backup is damaged (its two key records disagree).</source>
        <translation>Esa copia de seguridad está dañada (sus dos registros de clave no coinciden).</translation>
    </message>
    <message>
        <source>That backup is damaged or was altered; nothing was restored.</source>
        <translation>Esa copia de seguridad está dañada o fue alterada; no se restauró nada.</translation>
    </message>
    <message>
        <source>That backup is damaged: {0}</source>
        <translation>Esa copia de seguridad está dañada: {0}</translation>
    </message>
    <message>
        <source>That backup is damaged; nothing was restored.</source>
        <translation>Esa copia de seguridad está dañada; no se restauró nada.</translation>
    </message>
    <message>
        <source>That backup is incomplete; nothing was restored.</source>
        <translation>Esa copia de seguridad está incompleta; no se restauró nada.</translation>
    </message>
    <message>
        <source>That backup was made by a newer Backpack (format {0}).</source>
        <translation>Esa copia de seguridad la creó una versión más reciente de Backpack (formato {0}).</translation>
    </message>
    <message>
        <source>That card has no usable name.</source>
        <translation>Esa tarjeta no tiene un nombre utilizable.</translation>
    </message>
    <message>
        <source>That card is already saved as {0}.</source>
        <translation>Esa tarjeta ya está guardada como {0}.</translation>
    </message>
    <message>
        <source>That card was made by a newer Backpack; update to use it.</source>
        <translation>Esa tarjeta la creó una versión más reciente de Backpack; actualice la aplicación para usarla.</translation>
    </message>
    <message>
        <source>That card&apos;s key cannot receive shares (it is not a real key).</source>
        <translation>La clave de esa tarjeta no puede recibir paquetes compartidos (no es una clave real).</translation>
    </message>
    <message>
        <source>That card&apos;s key cannot receive shares (it is not a real key); ask for a new card.</source>
        <translation>La clave de esa tarjeta no puede recibir paquetes compartidos (no es una clave real); pida una tarjeta nueva.</translation>
    </message>
    <message>
        <source>That card&apos;s key is damaged.</source>
        <translation>La clave de esa tarjeta está dañada.</translation>
    </message>
    <message>
        <source>That code does not open this share, so a link carrying it would not open the page; check the code (nothing was published).</source>
        <translation>Ese código no abre este paquete compartido, así que un enlace que lo lleve no abriría la página; revise el código (no se publicó nada).</translation>
    </message>
    <message>
        <source>That file is far larger than a Backpack card.</source>
        <translation>Ese archivo es mucho más grande que una tarjeta de Backpack.</translation>
    </message>
    <message>
        <source>That file is not a Backpack backup (it is too short).</source>
        <translation>Ese archivo no es una copia de seguridad de Backpack (es demasiado corto).</translation>
    </message>
    <message>
        <source>That file is not a Backpack backup.</source>
        <translation>Ese archivo no es una copia de seguridad de Backpack.</translation>
    </message>
    <message>
        <source>That file is not a Backpack card.</source>
        <translation>Ese archivo no es una tarjeta de Backpack.</translation>
    </message>
    <message>
        <source>That is a credential, not a trust file.</source>
        <translation>Eso es una credencial, no un archivo de confianza.</translation>
    </message>
    <message>
        <source>That is not a school key file (too large).</source>
        <translation>Eso no es un archivo de clave de escuela (demasiado grande).</translation>
    </message>
    <message>
        <source>That is not a school key file.</source>
        <translation>Eso no es un archivo de clave de escuela.</translation>
    </message>
    <message>
        <source>That is not a well-formed key: it uses letters or a length Backpack never writes.</source>
        <translation>Esa no es una clave bien formada: usa letras o una longitud que Backpack nunca escribe.</translation>
    </message>
    <message>
        <source>That is too much for one QR code.</source>
        <translation>Es demasiado para un solo código QR.</translation>
    </message>
    <message>
        <source>That is {0} days ago; refresh the list for newer news.</source>
        <translation>Eso fue hace {0} días; actualice la lista para tener noticias más recientes.</translation>
    </message>
    <message>
        <source>That printout password is too easy to guess: use four or more random words (at least 12 characters), or leave it out to have one generated.</source>
        <translation>Esa contraseña de impresión es demasiado fácil de adivinar: use cuatro o más palabras al azar (al menos 12 caracteres), o no indique ninguna para que se genere una.</translation>
    </message>
    <message>
        <source>That school key file has version {0}; this app reads version {1}.</source>
        <translation>Ese archivo de clave de escuela tiene la versión {0}; esta aplicación lee la versión {1}.</translation>
    </message>
    <message>
        <source>That school key file lacks its key-stretching settings.</source>
        <translation>A ese archivo de clave de escuela le faltan los ajustes de refuerzo de la clave.</translation>
    </message>
    <message>
        <source>That school key file lacks its {0}.</source>
        <translation>A ese archivo de clave de escuela le falta su {0}.</translation>
    </message>
    <message>
        <source>That school key file&apos;s DID does not belong to its key.</source>
        <translation>El DID de ese archivo de clave de escuela no corresponde a su clave.</translation>
    </message>
    <message>
        <source>That school key file&apos;s settings cannot be read.</source>
        <translation>No se pueden leer los ajustes de ese archivo de clave de escuela.</translation>
    </message>
    <message>
        <source>That status list was not saved: it is dated in the future.</source>
        <translation>Esa lista de estado no se guardó: tiene una fecha futura.</translation>
    </message>
    <message>
        <source>That status list was not saved: {0}</source>
        <translation>Esa lista de estado no se guardó: {0}</translation>
    </message>
    <message>
        <source>That status list was not saved: {0} Save the issuer&apos;s DID document first.</source>
        <translation>Esa lista de estado no se guardó: {0} Guarde primero el documento DID del emisor.</translation>
    </message>
    <message>
        <source>That trust file cannot be read: {0}</source>
        <translation>No se puede leer ese archivo de confianza: {0}</translation>
    </message>
    <message>
        <source>That trust file does not list issuers as {{id or did, name}}.</source>
        <translation>Ese archivo de confianza no enumera los emisores como {{id or did, name}}.</translation>
    </message>
    <message>
        <source>That trust file is too large.</source>
        <translation>Ese archivo de confianza es demasiado grande.</translation>
    </message>
    <message>
        <source>That {0} does not open this backpack.</source>
        <translation>Esa {0} no abre esta mochila.</translation>
    </message>
    <message>
        <source>The QR code does not hold a credential.</source>
        <translation>El código QR no contiene una credencial.</translation>
    </message>
    <message>
        <source>The SVG declares a DTD or entities, which Backpack refuses to expand.</source>
        <translation>El SVG declara una DTD o entidades, que Backpack se niega a expandir.</translation>
    </message>
    <message>
        <source>The SVG image is empty.</source>
        <translation>La imagen SVG está vacía.</translation>
    </message>
    <message>
        <source>The SVG&apos;s root element is not closed.</source>
        <translation>El elemento raíz del SVG no está cerrado.</translation>
    </message>
    <message>
        <source>The answer from the sign-in page does not belong to the sign-in Backpack started.</source>
        <translation>La respuesta de la página de inicio de sesión no pertenece al inicio de sesión que empezó Backpack.</translation>
    </message>
    <message>
        <source>The assertion itself says it is revoked.</source>
        <translation>La propia aserción indica que está revocada.</translation>
    </message>
    <message>
        <source>The backpack&apos;s key file is damaged (not a Backpack key file).</source>
        <translation>El archivo de clave de la mochila está dañado (no es un archivo de clave de Backpack).</translation>
    </message>
    <message>
        <source>The backpack&apos;s key file is damaged (truncated or extended).</source>
        <translation>El archivo de clave de la mochila está dañado (truncado o ampliado).</translation>
    </message>
    <message>
        <source>The backpack&apos;s key file is damaged (unreadable contents).</source>
        <translation>El archivo de clave de la mochila está dañado (contenido ilegible).</translation>
    </message>
    <message>
        <source>The backpack&apos;s key file is damaged (wrong size).</source>
        <translation>El archivo de clave de la mochila está dañado (tamaño incorrecto).</translation>
    </message>
    <message>
        <source>The backpack&apos;s key file is damaged: {0}</source>
        <translation>El archivo de clave de la mochila está dañado: {0}</translation>
    </message>
    <message>
        <source>The backpack&apos;s record database is damaged or does not belong to this key file.</source>
        <translation>La base de datos de registros de la mochila está dañada o no corresponde a este archivo de clave.</translation>
    </message>
    <message>
        <source>The backpack&apos;s record database is damaged, so no backup was written (run &apos;backpack check&apos;).</source>
        <translation>La base de datos de registros de la mochila está dañada, así que no se escribió ninguna copia de seguridad (ejecute «backpack check»).</translation>
    </message>
    <message>
        <source>The backpack&apos;s record database is damaged.</source>
        <translation>La base de datos de registros de la mochila está dañada.</translation>
    </message>
    <message>
        <source>The backpack&apos;s record database is missing or empty.</source>
        <translation>La base de datos de registros de la mochila no existe o está vacía.</translation>
    </message>
    <message>
        <source>The checker stopped while reading this file, so it could not be checked.</source>
        <translation>El verificador se detuvo mientras leía este archivo, así que no se pudo comprobar.</translation>
    </message>
    <message>
        <source>The chosen records are too large for one share.</source>
        <translation>Los registros elegidos son demasiado grandes para un solo paquete compartido.</translation>
    </message>
    <message>
        <source>The credential in the image is larger than a credential may be.</source>
        <translation>La credencial de la imagen es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <source>The credential is empty or larger than a credential may be.</source>
        <translation>La credencial está vacía o es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <source>The file asks for key-stretching settings outside the safe range.</source>
        <translation>El archivo pide ajustes de refuerzo de la clave fuera del rango seguro.</translation>
    </message>
    <message>
        <source>The file {0} changed while it was shared.</source>
        <translation>El archivo {0} cambió mientras se compartía.</translation>
    </message>
    <message>
        <source>The file {0} is missing from the backpack.</source>
        <translation>Falta el archivo {0} en la mochila.</translation>
    </message>
    <message>
        <source>The folder {0} in --s3 may hold only letters, digits and - _ . / (200 at most).</source>
        <translation>La carpeta {0} de --s3 solo puede tener letras, dígitos y - _ . / (200 como máximo).</translation>
    </message>
    <message>
        <source>The image already holds a credential.</source>
        <translation>La imagen ya contiene una credencial.</translation>
    </message>
    <message>
        <source>The image does not start with its header chunk (IHDR).</source>
        <translation>La imagen no comienza con su fragmento de encabezado (IHDR).</translation>
    </message>
    <message>
        <source>The image ends in the middle of a chunk (truncated).</source>
        <translation>La imagen termina en medio de un fragmento (truncada).</translation>
    </message>
    <message>
        <source>The image has a chunk with an invalid name.</source>
        <translation>La imagen tiene un fragmento con un nombre no válido.</translation>
    </message>
    <message>
        <source>The image has more than {0} chunks.</source>
        <translation>La imagen tiene más de {0} fragmentos.</translation>
    </message>
    <message>
        <source>The image holds no Open Badges credential.</source>
        <translation>La imagen no contiene ninguna credencial Open Badges.</translation>
    </message>
    <message>
        <source>The image holds two credentials in one image.</source>
        <translation>La imagen contiene dos credenciales en una sola imagen.</translation>
    </message>
    <message>
        <source>The image is larger than the {0} MB a badge image may be.</source>
        <translation>La imagen supera los {0} MB que puede tener una imagen de insignia.</translation>
    </message>
    <message>
        <source>The image&apos;s Open Badges element is empty.</source>
        <translation>El elemento Open Badges de la imagen está vacío.</translation>
    </message>
    <message>
        <source>The issuer revoked this record (as of {0}).</source>
        <translation>El emisor revocó este registro (a partir del {0}).</translation>
    </message>
    <message>
        <source>The issuer suspended this record (as of {0}); do not rely on it unless the issuer lifts the suspension.</source>
        <translation>El emisor suspendió este registro (a partir del {0}); no confíe en él a menos que el emisor levante la suspensión.</translation>
    </message>
    <message>
        <source>The issuer uses a kind of identifier ({0}) that cannot be checked offline.</source>
        <translation>El emisor usa un tipo de identificador ({0}) que no se puede comprobar sin conexión.</translation>
    </message>
    <message>
        <source>The issuer {0}</source>
        <translation>El emisor {0}</translation>
    </message>
    <message>
        <source>The issuer {0} calls itself &quot;{1}&quot;, but it</source>
        <translation>El emisor {0} se hace llamar &quot;{1}&quot;, pero</translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document does not hold the key that signed it.</source>
        <translation>El documento DID del emisor no contiene la clave con la que se firmó.</translation>
    </message>
    <message>
        <source>The issuer&apos;s DID document lists a key that another party controls.</source>
        <translation>El documento DID del emisor incluye una clave que controla otra parte.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is named by a web address, which cannot be checked offline.</source>
        <translation>La clave del emisor se identifica con una dirección web, que no se puede comprobar sin conexión.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is published at {0}, and Backpack does not go online to fetch it; give a saved copy with --ob2-key to check the signature.</source>
        <translation>La clave del emisor está publicada en {0}, y Backpack no se conecta a internet para obtenerla; indique una copia guardada con --ob2-key para comprobar la firma.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is published on the web ({0}) and no copy of it is saved here.</source>
        <translation>La clave del emisor está publicada en la web ({0}) y no hay ninguna copia guardada aquí.</translation>
    </message>
    <message>
        <source>The issuer&apos;s published key does not match its declared type.</source>
        <translation>La clave publicada del emisor no coincide con su tipo declarado.</translation>
    </message>
    <message>
        <source>The issuer&apos;s published key is not a public JSON Web Key.</source>
        <translation>La clave publicada del emisor no es una JSON Web Key pública.</translation>
    </message>
    <message>
        <source>The issuer&apos;s published key is not in the expected form.</source>
        <translation>La clave publicada del emisor no tiene la forma esperada.</translation>
    </message>
    <message>
        <source>The issuer&apos;s published key is not valid base64url.</source>
        <translation>La clave publicada del emisor no es base64url válido.</translation>
    </message>
    <message>
        <source>The key file has no publicKeyPem.</source>
        <translation>El archivo de clave no tiene publicKeyPem.</translation>
    </message>
    <message>
        <source>The key file is far larger than a public key.</source>
        <translation>El archivo de clave es mucho más grande que una clave pública.</translation>
    </message>
    <message>
        <source>The key file is neither a PEM key nor a CryptographicKey.</source>
        <translation>El archivo de clave no es una clave PEM ni una CryptographicKey.</translation>
    </message>
    <message>
        <source>The key that signed it is not one its issuer&apos;s DID document lists for {0}.</source>
        <translation>La clave con la que se firmó no es una de las que el documento DID de su emisor incluye para {0}.</translation>
    </message>
    <message>
        <source>The list had already expired when it was saved.</source>
        <translation>La lista ya había caducado cuando se guardó.</translation>
    </message>
    <message>
        <source>The list is not valid until {0}.</source>
        <translation>La lista no tiene validez hasta el {0}.</translation>
    </message>
    <message>
        <source>The offer names an authorization server the issuer&apos;s metadata does not list.</source>
        <translation>La oferta nombra un servidor de autorización que los metadatos del emisor no incluyen.</translation>
    </message>
    <message>
        <source>The offer needs a sign-in at the school, but its authorization server has no {0}.</source>
        <translation>La oferta necesita iniciar sesión en la escuela, pero su servidor de autorización no tiene {0}.</translation>
    </message>
    <message>
        <source>The picture holds neither a baked badge nor one readable QR code.</source>
        <translation>La imagen no contiene ni una insignia incrustada ni un código QR legible.</translation>
    </message>
    <message>
        <source>The presentation carries no holder signature, so nothing ties it to who presented it; each credential inside is checked on its own.</source>
        <translation>La presentación no lleva la firma del titular, así que nada la vincula con quien la presentó; cada credencial que contiene se comprueba por separado.</translation>
    </message>
    <message>
        <source>The reference {0} is not a full address, so it would not be covered by the signature.</source>
        <translation>La referencia {0} no es una dirección completa, así que no quedaría cubierta por la firma.</translation>
    </message>
    <message>
        <source>The request asks for no credential in a form Backpack keeps (ldp_vc, jwt_vc_json); nothing was sent.</source>
        <translation>La solicitud no pide ninguna credencial en un formato que Backpack guarde (ldp_vc, jwt_vc_json); no se envió nada.</translation>
    </message>
    <message>
        <source>The request in the link is not a request object.</source>
        <translation>La solicitud del enlace no es un objeto de solicitud.</translation>
    </message>
    <message>
        <source>The request link holds a request and its address; {0}.</source>
        <translation>El enlace de solicitud contiene una solicitud y también su dirección; {0}.</translation>
    </message>
    <message>
        <source>The request names a way to fetch it that is unknown, {0}.</source>
        <translation>La solicitud indica una forma desconocida de obtenerla, {0}.</translation>
    </message>
    <message>
        <source>The request names its verifier by an address but comes signed, which that kind of verifier cannot do, {0}.</source>
        <translation>La solicitud nombra a su verificador por una dirección pero viene firmada, algo que ese tipo de verificador no puede hacer, {0}.</translation>
    </message>
    <message>
        <source>The request&apos;s {0} cannot be used: {1}</source>
        <translation>No se puede usar {0} de la solicitud: {1}</translation>
    </message>
    <message>
        <source>The scale score {0} is not a number.</source>
        <translation>La puntuación de escala {0} no es un número.</translation>
    </message>
    <message>
        <source>The scale score {0} is out of range.</source>
        <translation>La puntuación de escala {0} está fuera de rango.</translation>
    </message>
    <message>
        <source>The school&apos;s sign-in</source>
        <translation>El inicio de sesión de la escuela</translation>
    </message>
    <message>
        <source>The school&apos;s sign-in does not protect the code the way Backpack requires (PKCE with S256), so it was not started.</source>
        <translation>El inicio de sesión de la escuela no protege el código como exige Backpack (PKCE con S256), así que no se empezó.</translation>
    </message>
    <message>
        <source>The school&apos;s sign-in ended without giving access ({0}).</source>
        <translation>El inicio de sesión de la escuela terminó sin dar acceso ({0}).</translation>
    </message>
    <message>
        <source>The school&apos;s {0} cannot be used: {1}</source>
        <translation>No se puede usar {0} de la escuela: {1}</translation>
    </message>
    <message>
        <source>The score report has more than {0} rows.</source>
        <translation>El informe de resultados tiene más de {0} filas.</translation>
    </message>
    <message>
        <source>The score report has no results.</source>
        <translation>El informe de resultados no tiene resultados.</translation>
    </message>
    <message>
        <source>The score report is larger than 1 MB; it is not a student score report.</source>
        <translation>El informe de resultados ocupa más de 1 MB; no es un informe de resultados de un estudiante.</translation>
    </message>
    <message>
        <source>The score report is not UTF-8 text (save it as CSV UTF-8).</source>
        <translation>El informe de resultados no es texto UTF-8 (guárdelo como CSV UTF-8).</translation>
    </message>
    <message>
        <source>The score report is not a CSV file ({0}).</source>
        <translation>El informe de resultados no es un archivo CSV ({0}).</translation>
    </message>
    <message>
        <source>The score report needs the columns Subject and School Year, and Scale Score or Performance Level (see README).</source>
        <translation>El informe de resultados necesita las columnas Subject y School Year, y Scale Score o Performance Level (véase el README).</translation>
    </message>
    <message>
        <source>The share in this QR code is larger than a QR share may be.</source>
        <translation>El paquete compartido de este código QR es más grande de lo que puede ser un paquete compartido por QR.</translation>
    </message>
    <message>
        <source>The share lists more than {0} files.</source>
        <translation>El paquete compartido incluye más de {0} archivos.</translation>
    </message>
    <message>
        <source>The share&apos;s contents are larger than Backpack accepts (16 MB).</source>
        <translation>El contenido del paquete compartido supera lo que Backpack acepta (16 MB).</translation>
    </message>
    <message>
        <source>The share&apos;s files add up to more than Backpack accepts (1 GB).</source>
        <translation>Los archivos del paquete compartido suman más de lo que Backpack acepta (1 GB).</translation>
    </message>
    <message>
        <source>The share&apos;s list of contents is not in Backpack&apos;s format.</source>
        <translation>La lista de contenido del paquete compartido no está en el formato de Backpack.</translation>
    </message>
    <message>
        <source>The sign-in answer comes from another server than the school&apos;s.</source>
        <translation>La respuesta del inicio de sesión viene de otro servidor distinto del de la escuela.</translation>
    </message>
    <message>
        <source>The sign-in at the school did not finish within {0} minutes.</source>
        <translation>El inicio de sesión en la escuela no terminó en {0} minutos.</translation>
    </message>
    <message>
        <source>The sign-in page sent Backpack back without a code.</source>
        <translation>La página de inicio de sesión devolvió a Backpack sin un código.</translation>
    </message>
    <message>
        <source>The signature does not match the content: it was changed after signing, or signed by another key.</source>
        <translation>La firma no coincide con el contenido: se modificó después de firmarse o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>The signature does not name the key that made it.</source>
        <translation>La firma no indica la clave que la generó.</translation>
    </message>
    <message>
        <source>The signature does not say which of its issuer&apos;s keys made it.</source>
        <translation>La firma no indica cuál de las claves de su emisor la generó.</translation>
    </message>
    <message>
        <source>The signature is genuine, but the issuer ({0}) is not in your trust list.</source>
        <translation>La firma es auténtica, pero el emisor ({0}) no está en su lista de confianza.</translation>
    </message>
    <message>
        <source>The signature matches the content: nothing was changed after signing.</source>
        <translation>La firma coincide con el contenido: no se modificó nada después de firmar.</translation>
    </message>
    <message>
        <source>The signature names a key that its did:key does not contain.</source>
        <translation>La firma indica una clave que su did:key no contiene.</translation>
    </message>
    <message>
        <source>The stored copy of {0} does not match its fingerprint.</source>
        <translation>La copia guardada de {0} no coincide con su huella.</translation>
    </message>
    <message>
        <source>The stored copy of {0} is damaged.</source>
        <translation>La copia guardada de {0} está dañada.</translation>
    </message>
    <message>
        <source>The supplied key is not a key for {0}.</source>
        <translation>La clave proporcionada no es una clave de {0}.</translation>
    </message>
    <message>
        <source>The term {0} is not defined by the credential&apos;s contexts, so it would not be covered by the signature.</source>
        <translation>El término {0} no está definido en los contextos de la credencial, así que no quedaría cubierto por la firma.</translation>
    </message>
    <message>
        <source>The token is larger than a credential may be.</source>
        <translation>El token es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <source>The type {0} is not defined by the credential&apos;s contexts, so it would not be covered by the signature.</source>
        <translation>El tipo {0} no está definido en los contextos de la credencial, así que no quedaría cubierto por la firma.</translation>
    </message>
    <message>
        <source>The verifier names itself by a DID but its request is not signed, {0}.</source>
        <translation>El verificador se identifica con un DID, pero su solicitud no está firmada, {0}.</translation>
    </message>
    <message>
        <source>The verifier names itself by a did:{0}, which Backpack cannot check offline (it checks did:key and did:jwk), {1}.</source>
        <translation>El verificador se identifica con un did:{0}, que Backpack no puede comprobar sin conexión (comprueba did:key y did:jwk), {1}.</translation>
    </message>
    <message>
        <source>The verifier names itself in a way Backpack cannot check yet ({0}), {1}.</source>
        <translation>El verificador se identifica de una forma que Backpack aún no puede comprobar ({0}), {1}.</translation>
    </message>
    <message>
        <source>The verifier names itself with a certificate ({0}), which this version of Backpack cannot check yet, {1}.</source>
        <translation>El verificador se identifica con un certificado ({0}), que esta versión de Backpack aún no puede comprobar, {1}.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request does not say who sends it, {0}.</source>
        <translation>La solicitud del verificador no dice quién la envía, {0}.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request has expired, {0}.</source>
        <translation>La solicitud del verificador ha caducado, {0}.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is far larger than a request, {0}.</source>
        <translation>La solicitud del verificador es mucho más grande que una solicitud, {0}.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is not signed by the verifier it names ({0}), {1}.</source>
        <translation>La solicitud del verificador no está firmada por el verificador que nombra ({0}), {1}.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is not typed as a request object, {0}.</source>
        <translation>La solicitud del verificador no está marcada como objeto de solicitud, {0}.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is signed by another key than the verifier&apos;s own, {0}.</source>
        <translation>La solicitud del verificador está firmada con otra clave distinta de la del propio verificador, {0}.</translation>
    </message>
    <message>
        <source>The {0} is larger than the {1} MB a badge image may be.</source>
        <translation>El {0} supera los {1} MB que puede tener una imagen de insignia.</translation>
    </message>
    <message>
        <source>The {0} is not in the expected multibase form.</source>
        <translation>El {0} no tiene la forma multibase esperada.</translation>
    </message>
    <message>
        <source>The {0} is not valid base58.</source>
        <translation>El {0} no es base58 válido.</translation>
    </message>
    <message>
        <source>There is already a backpack in {0}.</source>
        <translation>Ya hay una mochila en {0}.</translation>
    </message>
    <message>
        <source>There is already a backpack in {0}; restore elsewhere.</source>
        <translation>Ya hay una mochila en {0}; restaure en otra ubicación.</translation>
    </message>
    <message>
        <source>There is already a contact called {0}; save this card under another name.</source>
        <translation>Ya hay un contacto llamado {0}; guarde esta tarjeta con otro nombre.</translation>
    </message>
    <message>
        <source>There is already a learner called {0}.</source>
        <translation>Ya hay un estudiante llamado {0}.</translation>
    </message>
    <message>
        <source>There is no active share {0} in the log.</source>
        <translation>No hay ningún paquete compartido activo {0} en el historial.</translation>
    </message>
    <message>
        <source>There is no backpack in {0}. Make one with &apos;backpack init&apos;.</source>
        <translation>No hay ninguna mochila en {0}. Cree una con &apos;backpack init&apos;.</translation>
    </message>
    <message>
        <source>There is no bucket {0} at {1}.</source>
        <translation>No hay ningún bucket {0} en {1}.</translation>
    </message>
    <message>
        <source>There is no contact called {0}; add their card with &apos;contact add&apos;.</source>
        <translation>No hay ningún contacto llamado {0}; añada su tarjeta con &apos;contact add&apos;.</translation>
    </message>
    <message>
        <source>There is no learner called {0}.</source>
        <translation>No hay ningún estudiante llamado {0}.</translation>
    </message>
    <message>
        <source>There is no preset {0}; choose one of {1}.</source>
        <translation>No existe la selección predefinida {0}; elija una de estas: {1}.</translation>
    </message>
    <message>
        <source>There is no record {0}.</source>
        <translation>No existe el registro {0}.</translation>
    </message>
    <message>
        <source>There is no reply {0} kept apart; see &apos;backpack replies&apos;.</source>
        <translation>No hay ninguna respuesta {0} apartada; vea «backpack replies».</translation>
    </message>
    <message>
        <source>There is no share {0} in Received.</source>
        <translation>No hay ningún paquete compartido {0} en Recibidos.</translation>
    </message>
    <message>
        <source>This CLR holds no credentials (verifiableCredential).</source>
        <translation>Este CLR no contiene credenciales (verifiableCredential).</translation>
    </message>
    <message>
        <source>This CLR nests too many credentials.</source>
        <translation>Este CLR anida demasiadas credenciales.</translation>
    </message>
    <message>
        <source>This QR code is a Backpack share or card, not a credential: open it in Received.</source>
        <translation>Este código QR es un paquete compartido o una tarjeta de Backpack, no una credencial: ábralo en Recibidos.</translation>
    </message>
    <message>
        <source>This QR code is a card; save it with &apos;backpack contact add&apos;.</source>
        <translation>Este código QR es una tarjeta; guárdela con &apos;backpack contact add&apos;.</translation>
    </message>
    <message>
        <source>This QR code is damaged or not one Backpack made.</source>
        <translation>Este código QR está dañado o no lo creó Backpack.</translation>
    </message>
    <message>
        <source>This QR code is not one Backpack made.</source>
        <translation>Este código QR no lo creó Backpack.</translation>
    </message>
    <message>
        <source>This QR code stands for the share {0}, which is too large for a QR code: open the .backpack file the family sent instead.</source>
        <translation>Este código QR representa el paquete compartido {0}, que es demasiado grande para un código QR: abra en su lugar el archivo .backpack que envió la familia.</translation>
    </message>
    <message>
        <source>This backpack has no learner yet; add one with &apos;learner add&apos;.</source>
        <translation>Esta mochila aún no tiene ningún estudiante; añada uno con &apos;learner add&apos;.</translation>
    </message>
    <message>
        <source>This backpack was made by a newer Backpack (format {0}); update the app.</source>
        <translation>Esta mochila la creó una versión más reciente de Backpack (formato {0}); actualice la aplicación.</translation>
    </message>
    <message>
        <source>This backpack&apos;s records use a newer format ({0}); update the app to open it.</source>
        <translation>Los registros de esta mochila usan un formato más reciente ({0}); actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>This badge is checked by visiting its issuer&apos;s website; Backpack does not go online to do that.</source>
        <translation>Esta insignia se comprueba visitando el sitio web de su emisor; Backpack no se conecta a internet para hacerlo.</translation>
    </message>
    <message>
        <source>This badge is signed, but this file holds only its content, not the signed copy.</source>
        <translation>Esta insignia está firmada, pero este archivo solo contiene su contenido, no la copia firmada.</translation>
    </message>
    <message>
        <source>This code share asks for key-stretching settings Backpack never uses; it was not made by Backpack.</source>
        <translation>Este paquete compartido con código pide ajustes de derivación de clave que Backpack nunca usa; no lo hizo Backpack.</translation>
    </message>
    <message>
        <source>This code share is damaged (its salt is not 16 bytes).</source>
        <translation>Este paquete compartido con código está dañado (su sal no tiene 16 bytes).</translation>
    </message>
    <message>
        <source>This is not a Backpack share.</source>
        <translation>Esto no es un paquete compartido de Backpack.</translation>
    </message>
    <message>
        <source>This is not a credential Backpack can read: {0}</source>
        <translation>Esta no es una credencial que Backpack pueda leer: {0}</translation>
    </message>
    <message>
        <source>This presentation cannot be checked offline: {0}</source>
        <translation>Esta presentación no se puede comprobar sin conexión: {0}</translation>
    </message>
    <message>
        <source>This presentation holds more than {0} credentials.</source>
        <translation>Esta presentación contiene más de {0} credenciales.</translation>
    </message>
    <message>
        <source>This presentation holds no credentials.</source>
        <translation>Esta presentación no contiene credenciales.</translation>
    </message>
    <message>
        <source>This printed copy is NOT encrypted: anyone holding it can read it.</source>
        <translation>Esta copia impresa NO está cifrada: cualquiera que la tenga puede leerla.</translation>
    </message>
    <message>
        <source>This printed copy is protected by a password.</source>
        <translation>Esta copia impresa está protegida con contraseña.</translation>
    </message>
    <message>
        <source>This printout is password-protected; give the password.</source>
        <translation>Esta impresión está protegida con contraseña; indique la contraseña.</translation>
    </message>
    <message>
        <source>This record cannot be checked offline: {0}</source>
        <translation>Este registro no se puede comprobar sin conexión: {0}</translation>
    </message>
    <message>
        <source>This record is not current: {0}</source>
        <translation>Este registro no está vigente: {0}</translation>
    </message>
    <message>
        <source>This record is part of a signed learner record ({0}); delete that instead.</source>
        <translation>Este registro forma parte de un registro del estudiante firmado ({0}); elimine ese registro en su lugar.</translation>
    </message>
    <message>
        <source>This reply {0}.</source>
        <translation>Esta respuesta {0}.</translation>
    </message>
    <message>
        <source>This share could not be opened with this key or code.</source>
        <translation>Este paquete compartido no se pudo abrir con esta clave o código.</translation>
    </message>
    <message>
        <source>This share expired on {0} and was removed from Received. Ask the family for a new one.</source>
        <translation>Este paquete compartido caducó el {0} y se quitó de Recibidos. Pida uno nuevo a la familia.</translation>
    </message>
    <message>
        <source>This share expired on {0}. Ask the family for a new one.</source>
        <translation>Este paquete compartido caducó el {0}. Pida uno nuevo a la familia.</translation>
    </message>
    <message>
        <source>This share expired on {0}; make a new one to publish.</source>
        <translation>Este paquete compartido caducó el {0}; cree uno nuevo para publicarlo.</translation>
    </message>
    <message>
        <source>This share expired while it was being published.</source>
        <translation>Este paquete compartido caducó mientras se publicaba.</translation>
    </message>
    <message>
        <source>This share holds more than {0} credentials.</source>
        <translation>Este paquete compartido contiene más de {0} credenciales.</translation>
    </message>
    <message>
        <source>This share is not in this backpack&apos;s share log: only a share made here can be published from here.</source>
        <translation>Este paquete compartido no está en el historial de esta mochila: solo se puede publicar desde aquí uno creado aquí.</translation>
    </message>
    <message>
        <source>This share is {0} MB, too large for a page a browser opens (at most {1} MB): share fewer files, or send the .backpack file itself.</source>
        <translation>Este paquete compartido ocupa {0} MB, demasiado para una página que abra un navegador (como máximo {1} MB): comparta menos archivos o envíe el propio archivo .backpack.</translation>
    </message>
    <message>
        <source>This share says it is from {0}, but another key than the one you remembered for {1} signed it; anyone can make such a share. Ask the family before trusting it. It was not kept.</source>
        <translation>Este paquete compartido dice ser de {0}, pero lo firmó otra clave distinta de la que usted guardó para {1}; cualquiera puede hacer un paquete así. Pregunte a la familia antes de confiar en él. No se conservó.</translation>
    </message>
    <message>
        <source>This share was made by a newer Backpack (format {0}); update to open it.</source>
        <translation>Este paquete compartido lo creó una versión más reciente de Backpack (formato {0}); actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>This share was made for a person&apos;s card and opens only in their Backpack; a page is for a share made with a code (backpack share --code).</source>
        <translation>Este paquete compartido se hizo para la tarjeta de una persona y solo se abre en su Backpack; una página es para un paquete compartido con código (backpack share --code).</translation>
    </message>
    <message>
        <source>This share was made for someone else, so it is not shown here. Ask the family to share with you directly.</source>
        <translation>Este paquete compartido se creó para otra persona, así que no se muestra aquí. Pida a la familia que lo comparta directamente con usted.</translation>
    </message>
    <message>
        <source>This share was revoked; make a new one to publish.</source>
        <translation>Este paquete compartido fue revocado; cree uno nuevo para publicarlo.</translation>
    </message>
    <message>
        <source>This share&apos;s contents are in a format this Backpack does not know.</source>
        <translation>El contenido de este paquete compartido está en un formato que esta versión de Backpack no conoce.</translation>
    </message>
    <message>
        <source>Verified: every credential in this presentation checks out ({0}).</source>
        <translation>Verificado: todas las credenciales de esta presentación superan la verificación ({0}).</translation>
    </message>
    <message>
        <source>Verified: issued by {0} and unchanged since.</source>
        <translation>Verificado: emitido por {0} y sin cambios desde entonces.</translation>
    </message>
    <message>
        <source>You added no issuer registry named {0}.</source>
        <translation>No ha añadido ningún registro de emisores llamado {0}.</translation>
    </message>
    <message>
        <source>a name given in advance</source>
        <translation>un nombre dado de antemano</translation>
    </message>
    <message>
        <source>an existing backpack&apos;s database has no schema</source>
        <translation>la base de datos de una mochila existente no tiene esquema</translation>
    </message>
    <message>
        <source>an official category cannot hold a self-reported entry</source>
        <translation>una categoría oficial no puede contener una entrada declarada por el estudiante</translation>
    </message>
    <message>
        <source>baked into {0} {1} image ({2})</source>
        <translation>incrustada en una imagen {1} ({2})</translation>
    </message>
    <message>
        <source>bytes after the last chunk</source>
        <translation>bytes después del último fragmento</translation>
    </message>
    <message>
        <source>calls itself &quot;{0}&quot;</source>
        <translation>se hace llamar &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>chunk failed to authenticate</source>
        <translation>falló la autenticación del fragmento</translation>
    </message>
    <message>
        <source>chunk truncated</source>
        <translation>fragmento truncado</translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>falló el descifrado</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>it is not an HTTPS address, so it was not fetched.</source>
        <translation>no es una dirección HTTPS, así que no se obtuvo.</translation>
    </message>
    <message>
        <source>its place ({0}) lies beyond the end of that list ({1} entries)</source>
        <translation>su posición ({0}) queda más allá del final de esa lista ({1} entradas)</translation>
    </message>
    <message>
        <source>not a card share</source>
        <translation>no es un paquete compartido por tarjeta</translation>
    </message>
    <message>
        <source>not a code share</source>
        <translation>no es un paquete compartido por código</translation>
    </message>
    <message>
        <source>not a sealed stream</source>
        <translation>no es un flujo sellado</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <source>recovery salt</source>
        <translation>sal de recuperación</translation>
    </message>
    <message>
        <source>saved the DID document of {0}.</source>
        <translation>se guardó el documento DID de {0}.</translation>
    </message>
    <message>
        <source>saved the list of {0}.</source>
        <translation>se guardó la lista de {0}.</translation>
    </message>
    <message>
        <source>self-reported (entered by the family from a score report)</source>
        <translation>declarado por la familia (anotado de un informe de resultados)</translation>
    </message>
    <message>
        <source>so nothing was sent</source>
        <translation>así que no se envió nada</translation>
    </message>
    <message>
        <source>stream header truncated</source>
        <translation>encabezado del flujo truncado</translation>
    </message>
    <message>
        <source>stream id mismatch</source>
        <translation>el id del flujo no coincide</translation>
    </message>
    <message>
        <source>text/html; charset=utf-8</source>
        <translation>text/html; charset=utf-8</translation>
    </message>
    <message>
        <source>that list is a {0}, not the kind its entry names</source>
        <translation>esa lista es de tipo {0}, no del tipo que indica su entrada</translation>
    </message>
    <message>
        <source>that list is not a {0} list</source>
        <translation>esa lista no es una lista de {0}</translation>
    </message>
    <message>
        <source>that list was published by {0}, not by the issuer of this record</source>
        <translation>esa lista la publicó {0}, no el emisor de este registro</translation>
    </message>
    <message>
        <source>the Learner Profile holds no school-signed entries</source>
        <translation>el perfil del estudiante no contiene entradas firmadas por la escuela</translation>
    </message>
    <message>
        <source>the file changed while it was copied</source>
        <translation>el archivo cambió mientras se copiaba</translation>
    </message>
    <message>
        <source>the key its did:jwk names</source>
        <translation>la clave que indica su did:jwk</translation>
    </message>
    <message>
        <source>the share key did not open</source>
        <translation>la clave del paquete compartido no lo abrió</translation>
    </message>
    <message>
        <source>unknown baking keyword {0}</source>
        <translation>palabra clave de incrustación desconocida: {0}</translation>
    </message>
    <message>
        <source>valid from {0} until {1}</source>
        <translation>válido desde el {0} hasta el {1}</translation>
    </message>
    <message>
        <source>valid from {0}, with no end date</source>
        <translation>válido desde el {0}, sin fecha de fin</translation>
    </message>
    <message>
        <source>with the {0} records inside it</source>
        <translation>con los {0} registros que contiene</translation>
    </message>
    <message>
        <source>{0} credential</source>
        <translation>{0} credencial</translation>
    </message>
    <message>
        <source>{0} credentials</source>
        <translation>{0} credenciales</translation>
    </message>
    <message>
        <source>{0} does not answer as S3-compatible storage: check --endpoint.</source>
        <translation>{0} no responde como un almacenamiento compatible con S3: revise --endpoint.</translation>
    </message>
    <message>
        <source>{0} does not carry a Backpack share.</source>
        <translation>{0} no contiene un paquete compartido de Backpack.</translation>
    </message>
    <message>
        <source>{0} does not hold exactly one readable QR code.</source>
        <translation>{0} no contiene exactamente un código QR legible.</translation>
    </message>
    <message>
        <source>{0} does not name a web host.</source>
        <translation>{0} no indica un host web.</translation>
    </message>
    <message>
        <source>{0} has a path Backpack does not accept.</source>
        <translation>{0} tiene una ruta que Backpack no acepta.</translation>
    </message>
    <message>
        <source>{0} is already {1}&apos;s; give each child their own.</source>
        <translation>{0} ya es de {1}; dé a cada hijo el suyo.</translation>
    </message>
    <message>
        <source>{0} is damaged: it cannot be published.</source>
        <translation>{0} está dañado: no se puede publicar.</translation>
    </message>
    <message>
        <source>{0} is far larger than a Backpack printout.</source>
        <translation>{0} es mucho más grande que una impresión de Backpack.</translation>
    </message>
    <message>
        <source>{0} is far larger than a QR code image.</source>
        <translation>{0} es mucho más grande que una imagen de código QR.</translation>
    </message>
    <message>
        <source>{0} is immutable</source>
        <translation>{0} no se puede modificar</translation>
    </message>
    <message>
        <source>{0} is immutable; use model_copy(update=...)</source>
        <translation>{0} no se puede modificar; use model_copy(update=...)</translation>
    </message>
    <message>
        <source>{0} is larger than Backpack accepts (4 GB).</source>
        <translation>{0} supera lo que Backpack acepta (4 GB).</translation>
    </message>
    <message>
        <source>{0} is not a PDF Backpack can read ({1}).</source>
        <translation>{0} no es un PDF que Backpack pueda leer ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a bucket name: 3 to 63 lower-case letters, digits, dots and dashes.</source>
        <translation>{0} no es un nombre de bucket: de 3 a 63 minúsculas, dígitos, puntos y guiones.</translation>
    </message>
    <message>
        <source>{0} is not a did:web identifier.</source>
        <translation>{0} no es un identificador did:web.</translation>
    </message>
    <message>
        <source>{0} is not an image Backpack can read.</source>
        <translation>{0} no es una imagen que Backpack pueda leer.</translation>
    </message>
    <message>
        <source>{0} is not an object</source>
        <translation>{0} no es un objeto</translation>
    </message>
    <message>
        <source>{0} is not empty; restore into a new or empty folder.</source>
        <translation>La carpeta {0} no está vacía; restaure en una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>{0} is not in its form</source>
        <translation>{0} no tiene su forma</translation>
    </message>
    <message>
        <source>{0} is not in your trust list.</source>
        <translation>{0} no está en su lista de confianza.</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} no es uno de {1}</translation>
    </message>
    <message>
        <source>{0} is not {1}</source>
        <translation>{0} no es {1}</translation>
    </message>
    <message>
        <source>{0} is restricted (supports, discipline or health); share it only by adding --include-restricted.</source>
        <translation>El registro {0} está restringido (apoyos, disciplina o salud); compártalo solo si añade --include-restricted.</translation>
    </message>
    <message>
        <source>{0} is too large</source>
        <translation>{0} es demasiado grande</translation>
    </message>
    <message>
        <source>{0} is too large to preview; export it instead.</source>
        <translation>{0} es demasiado grande para la vista previa; expórtelo en su lugar.</translation>
    </message>
    <message>
        <source>{0} is too long</source>
        <translation>{0} es demasiado largo</translation>
    </message>
    <message>
        <source>{0} is too small</source>
        <translation>{0} es demasiado pequeño</translation>
    </message>
    <message>
        <source>{0} is what {1} wrote and signed, so it cannot be edited: it stays as they wrote it. Ask them for a new reply if it needs changing.</source>
        <translation>{0} es lo que {1} escribió y firmó, así que no se puede editar: queda como lo escribió. Pídale una nueva respuesta si hay que cambiarlo.</translation>
    </message>
    <message>
        <source>{0} names a port that does not exist.</source>
        <translation>{0} indica un puerto que no existe.</translation>
    </message>
    <message>
        <source>{0} of the {1} endorsements do not verify and should not be relied on</source>
        <translation>{0} de los {1} avales no superan la verificación y no se debe confiar en ellos</translation>
    </message>
    <message>
        <source>{0} of the {1} in it verify.</source>
        <translation>{0} de {1} que contiene superan la verificación.</translation>
    </message>
    <message>
        <source>{0} of the {1} records inside it verify.</source>
        <translation>{0} de los {1} registros que contiene superan la verificación.</translation>
    </message>
    <message>
        <source>{0}.{1} is missing</source>
        <translation>falta {0}.{1}</translation>
    </message>
    <message>
        <source>{0}: unknown fields {1}</source>
        <translation>{0}: campos desconocidos {1}</translation>
    </message>
    <message>
        <source>The issuer publishes a kind of key Backpack cannot check.</source>
        <translation>El emisor publica un tipo de clave que Backpack no puede comprobar.</translation>
    </message>
    <message>
        <source>The issuer publishes its key as {0}, which Backpack cannot read.</source>
        <translation>El emisor publica su clave como {0}, que Backpack no sabe leer.</translation>
    </message>
    <message>
        <source>The issuer&apos;s {0} is a kind of key Backpack cannot check.</source>
        <translation>El {0} del emisor es un tipo de clave que Backpack no puede comprobar.</translation>
    </message>
    <message>
        <source>It does not fully follow the Open Badges 3.0 specification: {0}.</source>
        <translation>No sigue del todo la especificación Open Badges 3.0: {0}.</translation>
    </message>
    <message>
        <source>It expires ({0}) before it was issued ({1}).</source>
        <translation>Caduca ({0}) antes de haberse emitido ({1}).</translation>
    </message>
    <message>
        <source>It has no issuanceDate date.</source>
        <translation>No tiene fecha issuanceDate.</translation>
    </message>
    <message>
        <source>It holds a value JSON canonicalization cannot write.</source>
        <translation>Contiene un valor que la canonicalización JSON no puede escribir.</translation>
    </message>
    <message>
        <source>It is signed with {0} (selective disclosure), which Backpack cannot check.</source>
        <translation>Está firmado con {0} (divulgación selectiva), que Backpack no puede comprobar.</translation>
    </message>
    <message>
        <source>It is signed with {0}, which Backpack cannot check.</source>
        <translation>Está firmado con {0}, que Backpack no puede comprobar.</translation>
    </message>
    <message>
        <source>Its did:jwk is not a readable key.</source>
        <translation>Su did:jwk no es una clave legible.</translation>
    </message>
    <message>
        <source>Its embedded key is of a kind Backpack cannot check.</source>
        <translation>Su clave incluida es de un tipo que Backpack no puede comprobar.</translation>
    </message>
    <message>
        <source>Its list holds {0} entries, fewer than the {1} the specification asks for (which hides less about whose record is checked).</source>
        <translation>Su lista tiene {0} entradas, menos de las {1} que pide la especificación (lo que oculta menos de quién es el registro que se comprueba).</translation>
    </message>
    <message>
        <source>Its list of statuses is empty.</source>
        <translation>Su lista de estados está vacía.</translation>
    </message>
    <message>
        <source>Its signature builds on another signature that is not there.</source>
        <translation>Su firma se apoya en otra firma que no está.</translation>
    </message>
    <message>
        <source>Its signature does not say how it was made.</source>
        <translation>Su firma no dice cómo se hizo.</translation>
    </message>
    <message>
        <source>Its signature names earlier signatures in a form Backpack cannot read.</source>
        <translation>Su firma nombra firmas anteriores de una forma que Backpack no sabe leer.</translation>
    </message>
    <message>
        <source>Its signature was made for other vocabularies than it now uses.</source>
        <translation>Su firma se hizo para otros vocabularios que los que usa ahora.</translation>
    </message>
    <message>
        <source>Its validFrom is not a date and time.</source>
        <translation>Su validFrom no es una fecha y hora.</translation>
    </message>
    <message>
        <source>Not checked, because Backpack cannot check this kind of signature.</source>
        <translation>No se comprobó, porque Backpack no puede comprobar este tipo de firma.</translation>
    </message>
    <message>
        <source>Not checked, because the signature could not be checked.</source>
        <translation>No se comprobó, porque no se pudo comprobar la firma.</translation>
    </message>
    <message>
        <source>Revocation not checked (the issuer publishes it online).</source>
        <translation>Revocación no comprobada (el emisor la publica en línea).</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is named {0}, which is not a DID Backpack can resolve, so it cannot be checked offline.</source>
        <translation>La clave del emisor se llama {0}, que no es un DID que Backpack pueda resolver, así que no se puede comprobar sin conexión.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not a valid key.</source>
        <translation>La clave del emisor no es una clave válida.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status message for this record (as of {0}): &quot;{1}&quot;.</source>
        <translation>El mensaje de estado del emisor para este registro (a {0}): &quot;{1}&quot;.</translation>
    </message>
    <message>
        <source>The signature names a key that its did:jwk does not contain.</source>
        <translation>La firma nombra una clave que su did:jwk no contiene.</translation>
    </message>
    <message>
        <source>This presentation cannot be checked here: {0}</source>
        <translation>Esta presentación no se puede comprobar aquí: {0}</translation>
    </message>
    <message>
        <source>This record cannot be checked here: {0}</source>
        <translation>Este registro no se puede comprobar aquí: {0}</translation>
    </message>
    <message>
        <source>coordinates of the wrong size</source>
        <translation>coordenadas de tamaño incorrecto</translation>
    </message>
    <message>
        <source>it states no validFrom date, which Open Badges 3.0 requires</source>
        <translation>no indica fecha validFrom, que Open Badges 3.0 exige</translation>
    </message>
    <message>
        <source>its subject has neither an id nor an identifier, so it does not say who earned it (Open Badges 3.0 B.1.3)</source>
        <translation>su sujeto no tiene ni id ni identifier, así que no dice quién lo obtuvo (Open Badges 3.0 B.1.3)</translation>
    </message>
    <message>
        <source>valid with no start date until {0}</source>
        <translation>válido sin fecha de inicio hasta {0}</translation>
    </message>
    <message>
        <source>valid with no start date, with no end date</source>
        <translation>válido sin fecha de inicio ni de fin</translation>
    </message>
    <message>
        <source>Already in the backpack as {0}, inside the learner record that carries it; kept as one record.</source>
        <translation>Ya está en la mochila como {0}, dentro del expediente del estudiante que lo contiene; se guarda como un solo registro.</translation>
    </message>
    <message>
        <source>Already in the backpack as {0}; not stored twice.</source>
        <translation>Ya está en la mochila como {0}; no se guarda dos veces.</translation>
    </message>
    <message>
        <source>Imported for {0}{1}.</source>
        <translation>Importado para {0}{1}.</translation>
    </message>
    <message>
        <source>It names {0}, not {1}; it was not filed for {2}.</source>
        <translation>Identifica a {0}, no a {1}; no se archivó para {2}.</translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation>No importado: {0}</translation>
    </message>
    <message>
        <source>Backpack does not open {0} links.</source>
        <translation>Backpack no abre enlaces {0}.</translation>
    </message>
    <message>
        <source>It is bound to another holder ({0}), not to {1}&apos;s key, so it was not stored.</source>
        <translation>Está vinculado a otro titular ({0}), no a la clave de {1}, así que no se guardó.</translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation>No se guardó nada de él.</translation>
    </message>
    <message>
        <source>Stopped; nothing was received or stored.</source>
        <translation>Detenido; no se recibió ni se guardó nada.</translation>
    </message>
    <message>
        <source>That link is far longer than any school&apos;s link.</source>
        <translation>Ese enlace es mucho más largo que cualquier enlace de una escuela.</translation>
    </message>
    <message>
        <source>The authorization server</source>
        <translation>El servidor de autorización</translation>
    </message>
    <message>
        <source>The authorization server&apos;s metadata names another server ({0}).</source>
        <translation>Los metadatos del servidor de autorización nombran otro servidor ({0}).</translation>
    </message>
    <message>
        <source>The credential endpoint</source>
        <translation>El servicio de credenciales</translation>
    </message>
    <message>
        <source>The credential endpoint answered without a credential.</source>
        <translation>El servicio de credenciales respondió sin ninguna credencial.</translation>
    </message>
    <message>
        <source>The credential offer is malformed ({0}).</source>
        <translation>La oferta de credenciales está mal formada ({0}).</translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation>El intercambio</translation>
    </message>
    <message>
        <source>The exchange asks for proof of the learner&apos;s key without a challenge.</source>
        <translation>El intercambio pide una prueba de la clave del estudiante sin un desafío.</translation>
    </message>
    <message>
        <source>The exchange asks for the reply to go to another website.</source>
        <translation>El intercambio pide que la respuesta vaya a otro sitio web.</translation>
    </message>
    <message>
        <source>The exchange ended without sending any credential.</source>
        <translation>El intercambio terminó sin enviar ninguna credencial.</translation>
    </message>
    <message>
        <source>The exchange&apos;s reply address cannot be used: {0}</source>
        <translation>La dirección de respuesta del intercambio no se puede usar: {0}</translation>
    </message>
    <message>
        <source>The issuer asks for a transaction code, and none was given.</source>
        <translation>El emisor pide un código de transacción y no se dio ninguno.</translation>
    </message>
    <message>
        <source>The issuer does not describe the offered credential {0}.</source>
        <translation>El emisor no describe la credencial ofrecida {0}.</translation>
    </message>
    <message>
        <source>The issuer sent a credential larger than any record needs.</source>
        <translation>El emisor envió una credencial más grande de lo que necesita cualquier expediente.</translation>
    </message>
    <message>
        <source>The issuer sent a credential that is neither JSON nor a token.</source>
        <translation>El emisor envió una credencial que no es JSON ni un token.</translation>
    </message>
    <message>
        <source>The issuer sent more than {0} credentials.</source>
        <translation>El emisor envió más de {0} credenciales.</translation>
    </message>
    <message>
        <source>The issuer will send this credential later; Backpack cannot wait.</source>
        <translation>El emisor enviará esta credencial más tarde; Backpack no puede esperar.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata names another issuer ({0}) than the offer ({1}), so nothing was requested.</source>
        <translation>Los metadatos del emisor nombran a otro emisor ({0}) distinto del de la oferta ({1}), así que no se solicitó nada.</translation>
    </message>
    <message>
        <source>The issuer&apos;s {0} cannot be used: {1}</source>
        <translation>No se puede usar {0} del emisor: {1}</translation>
    </message>
    <message>
        <source>The link holds an offer and an offer address; it must hold one.</source>
        <translation>El enlace contiene una oferta y una dirección de oferta; debe contener solo una.</translation>
    </message>
    <message>
        <source>The link names its {0} more than once.</source>
        <translation>El enlace nombra su {0} más de una vez.</translation>
    </message>
    <message>
        <source>The link&apos;s {0} cannot be used: {1}</source>
        <translation>No se puede usar {0} del enlace: {1}</translation>
    </message>
    <message>
        <source>The nonce endpoint</source>
        <translation>El servicio de nonces</translation>
    </message>
    <message>
        <source>The offer&apos;s address</source>
        <translation>La dirección de la oferta</translation>
    </message>
    <message>
        <source>The offered credential {0} comes as {1}, which Backpack does not read (it reads ldp_vc and jwt_vc_json).</source>
        <translation>La credencial ofrecida {0} llega como {1}, que Backpack no lee (lee ldp_vc y jwt_vc_json).</translation>
    </message>
    <message>
        <source>The request in the link is not readable JSON.</source>
        <translation>La solicitud del enlace no es JSON legible.</translation>
    </message>
    <message>
        <source>The request in the link names no VC-API exchange to receive from.</source>
        <translation>La solicitud del enlace no nombra ningún intercambio VC-API del que recibir.</translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation>El servicio de tokens</translation>
    </message>
    <message>
        <source>The website {0}</source>
        <translation>El sitio web {0}</translation>
    </message>
    <message>
        <source>There is no link to receive from.</source>
        <translation>No hay ningún enlace del que recibir.</translation>
    </message>
    <message>
        <source>This credential offer link names no offer.</source>
        <translation>Este enlace de oferta de credenciales no nombra ninguna oferta.</translation>
    </message>
    <message>
        <source>This reply cannot be filed now: {0}</source>
        <translation>Esta respuesta no se puede archivar ahora: {0}</translation>
    </message>
    <message>
        <source>TrustedIssuer(id={0}, name={1}, url={2})</source>
        <translation>TrustedIssuer(id={0}, name={1}, url={2})</translation>
    </message>
    <message>
        <source>application/json, application/ld+json, application/vc+jwt</source>
        <translation>application/json, application/ld+json, application/vc+jwt</translation>
    </message>
    <message>
        <source>the server answered {0}.</source>
        <translation>el servidor respondió {0}.</translation>
    </message>
    <message>
        <source>{0} is on this computer, and a website named it.</source>
        <translation>{0} está en este ordenador, y lo nombró un sitio web.</translation>
    </message>
    <message>
        <source>{0} redirects away from HTTPS.</source>
        <translation>{0} redirige fuera de HTTPS.</translation>
    </message>
    <message>
        <source>{0} redirects too many times.</source>
        <translation>{0} redirige demasiadas veces.</translation>
    </message>
    <message>
        <source>{0} refused the request ({1}{2}).</source>
        <translation>{0} rechazó la solicitud ({1}{2}).</translation>
    </message>
    <message>
        <source>{0} refused these credentials for the bucket {1} ({2}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) and that they may write to it.</source>
        <translation>{0} rechazó estas credenciales para el bucket {1} ({2}): revise AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY (o AWS_PROFILE) y que puedan escribir en él.</translation>
    </message>
    <message>
        <source>{0} sent an answer Backpack cannot use ({1}).</source>
        <translation>{0} envió una respuesta que Backpack no puede usar ({1}).</translation>
    </message>
    <message>
        <source>{0} sent an answer larger than {1} MB, so it was not read.</source>
        <translation>{0} envió una respuesta de más de {1} MB, así que no se leyó.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>ninguna clave</translation>
    </message>
    <message>
        <source>{0} could not be reached ({1}).</source>
        <translation>No se pudo contactar con {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} did not answer in time (each step may take {1} s, the whole action {2} s).</source>
        <translation>{0} no respondió a tiempo (cada paso puede tardar {1} s y toda la acción {2} s).</translation>
    </message>
    <message>
        <source>{0} did not answer with JSON Backpack can read.</source>
        <translation>{0} no respondió con JSON que Backpack pueda leer.</translation>
    </message>
    <message>
        <source>{0} is not a web address Backpack fetches (https only).</source>
        <translation>{0} no es una dirección web que Backpack descargue (solo https).</translation>
    </message>
    <message>
        <source>{0} is not a web address.</source>
        <translation>{0} no es una dirección web.</translation>
    </message>
    <message>
        <source>{0} is not an HTTPS address, so it was not fetched.</source>
        <translation>{0} no es una dirección HTTPS, así que no se descargó.</translation>
    </message>
    <message>
        <source>This share was made for someone else&apos;s card, so it does not open here. Ask the family to share with your card, or with a code.</source>
        <translation>Este paquete compartido se creó para la tarjeta de otra persona, así que aquí no se abre. Pida a la familia que lo comparta con su tarjeta o con un código.</translation>
    </message>
    <message>
        <source>This share was made for someone else&apos;s card: {0}&apos;s (fingerprint {1}). It opens only in the Backpack that holds that card; ask the family to share with your card, or with a code.</source>
        <translation>Este paquete compartido se creó para la tarjeta de otra persona: la de {0} (huella {1}). Solo se abre en el Backpack que tiene esa tarjeta; pida a la familia que lo comparta con su tarjeta o con un código.</translation>
    </message>
    <message>
        <source>{0} is not an empty folder: give a new or empty one for the files.</source>
        <translation>{0} no es una carpeta vacía: indique una nueva o vacía para los archivos.</translation>
    </message>
    <message>
        <source>Choose among the records that fit the request (see its list).</source>
        <translation>Elija entre los registros que encajan con la solicitud (vea su lista).</translation>
    </message>
    <message>
        <source>The exchange asks for records rather than offering any; answer it with &apos;backpack present LINK&apos;, which shows what it asks for first. Nothing was sent.</source>
        <translation>El intercambio pide registros en lugar de ofrecerlos; respóndalo con &apos;backpack present ENLACE&apos;, que primero muestra lo que pide. No se envió nada.</translation>
    </message>
    <message>
        <source>The exchange asks for records without a challenge.</source>
        <translation>El intercambio pide registros sin un desafío.</translation>
    </message>
    <message>
        <source>The request asks in Presentation Exchange, an older form this version of Backpack does not read; nothing was sent.</source>
        <translation>La solicitud pregunta con Presentation Exchange, una forma antigua que esta versión de Backpack no lee; no se envió nada.</translation>
    </message>
    <message>
        <source>The request for records has no usable {0}.</source>
        <translation>La solicitud de registros no tiene un {0} utilizable.</translation>
    </message>
    <message>
        <source>The request for records names no address to answer to.</source>
        <translation>La solicitud de registros no nombra ninguna dirección a la que responder.</translation>
    </message>
    <message>
        <source>The request wants its answer in a way Backpack does not send (it posts a vp_token with direct_post).</source>
        <translation>La solicitud quiere su respuesta de una forma que Backpack no envía (envía un vp_token con direct_post).</translation>
    </message>
    <message>
        <source>The request&apos;s answer address cannot be used: {0}</source>
        <translation>No se puede usar la dirección de respuesta de la solicitud: {0}</translation>
    </message>
    <message>
        <source>The request&apos;s answer address is not the verifier it names.</source>
        <translation>La dirección de respuesta de la solicitud no es el verificador que nombra.</translation>
    </message>
    <message>
        <source>The verifier</source>
        <translation>El verificador</translation>
    </message>
    <message>
        <source>The verifier&apos;s request could not be fetched ({0}).</source>
        <translation>No se pudo obtener la solicitud del verificador ({0}).</translation>
    </message>
    <message>
        <source>The verifier&apos;s request is not a request object.</source>
        <translation>La solicitud del verificador no es un objeto de solicitud.</translation>
    </message>
    <message>
        <source>The verifier&apos;s request names another verifier than its link.</source>
        <translation>La solicitud del verificador nombra a otro verificador distinto del de su enlace.</translation>
    </message>
    <message>
        <source>This link does not ask for records.</source>
        <translation>Este enlace no pide registros.</translation>
    </message>
    <message>
        <source>{0} sent a compressed answer though asked not to, so it was not read.</source>
        <translation>{0} envió una respuesta comprimida aunque se le pidió que no, así que no se leyó.</translation>
    </message>
    <message>
        <source>This link asks for records rather than offering any.</source>
        <translation>Este enlace pide registros en lugar de ofrecerlos.</translation>
    </message>
    <message>
        <source>This link asks for records rather than offering any; answer it with &apos;backpack present LINK&apos;, which shows what it asks for first. Nothing was sent.</source>
        <translation>Este enlace pide registros en lugar de ofrecerlos; respóndalo con &apos;backpack present ENLACE&apos;, que primero muestra lo que pide. No se envió nada.</translation>
    </message>
    <message>
        <source>A context is added under the web address credentials name it by.</source>
        <translation>Un contexto se añade con la dirección web por la que lo nombran las credenciales.</translation>
    </message>
    <message>
        <source>Backpack already ships {0}; it cannot be replaced.</source>
        <translation>Backpack ya incluye {0}; no se puede sustituir.</translation>
    </message>
    <message>
        <source>Issued by {0}, listed in {1}, a registry you chose.</source>
        <translation>Emitido por {0}, que figura en {1}, un registro que usted eligió.</translation>
    </message>
    <message>
        <source>It does not follow 1EdTech&apos;s JSON Schema for {0} credentials at {1}; this is a conformance warning, not a sign of tampering.</source>
        <translation>No sigue el esquema JSON de 1EdTech para credenciales {0} en {1}; es un aviso de conformidad, no una señal de manipulación.</translation>
    </message>
    <message>
        <source>It follows 1EdTech&apos;s JSON Schema for {0} credentials.</source>
        <translation>Sigue el esquema JSON de 1EdTech para credenciales {0}.</translation>
    </message>
    <message>
        <source>It states the same part ({0}) twice with different content; both were signed, and Backpack shows them together.</source>
        <translation>Indica la misma parte ({0}) dos veces con contenido distinto; ambas se firmaron, y Backpack las muestra juntas.</translation>
    </message>
    <message>
        <source>That context uses {0}, which Backpack does not have.</source>
        <translation>Ese contexto usa {0}, que Backpack no tiene.</translation>
    </message>
    <message>
        <source>That file is far larger than a JSON-LD context.</source>
        <translation>Ese archivo es mucho mayor que un contexto JSON-LD.</translation>
    </message>
    <message>
        <source>That file is not JSON.</source>
        <translation>Ese archivo no es JSON.</translation>
    </message>
    <message>
        <source>That file is not a JSON-LD context (it has no @context).</source>
        <translation>Ese archivo no es un contexto JSON-LD (no tiene @context).</translation>
    </message>
    <message>
        <source>That file is not a valid JSON-LD context ({0}).</source>
        <translation>Ese archivo no es un contexto JSON-LD válido ({0}).</translation>
    </message>
    <message>
        <source>That file is not an issuer registry in the DCC format (no registry).</source>
        <translation>Ese archivo no es un registro de emisores en el formato del DCC (no tiene registry).</translation>
    </message>
    <message>
        <source>That registry does not say when it was made (meta.updated).</source>
        <translation>Ese registro no dice cuándo se hizo (meta.updated).</translation>
    </message>
    <message>
        <source>That registry is far larger than any issuer registry.</source>
        <translation>Ese registro es mucho mayor que cualquier registro de emisores.</translation>
    </message>
    <message>
        <source>That registry is not JSON.</source>
        <translation>Ese registro no es JSON.</translation>
    </message>
    <message>
        <source>That registry lists more than {0} issuers.</source>
        <translation>Ese registro incluye más de {0} emisores.</translation>
    </message>
    <message>
        <source>That registry names no issuer by a DID.</source>
        <translation>Ese registro no nombra a ningún emisor por un DID.</translation>
    </message>
    <message>
        <source>{0} (as of {1})</source>
        <translation>{0} (a fecha de {1})</translation>
    </message>
    <message>
        <source>{0}, listed in {1}</source>
        <translation>{0}, que figura en {1}</translation>
    </message>
    <message>
        <source>Cannot use {0} as a sync folder ({1}).</source>
        <translation>No se puede usar {0} como carpeta de sincronización ({1}).</translation>
    </message>
    <message>
        <source>No computer {0} syncs this backpack (see &apos;backpack sync devices&apos;).</source>
        <translation>Ningún ordenador {0} sincroniza esta mochila (vea «backpack sync devices»).</translation>
    </message>
    <message>
        <source>That is this computer; remove it from another one.</source>
        <translation>Es este ordenador; quítelo desde otro.</translation>
    </message>
    <message>
        <source>The sync folder {0} is not there (is its drive connected?).</source>
        <translation>La carpeta de sincronización {0} no está (¿está conectada su unidad?).</translation>
    </message>
    <message>
        <source>This backpack already syncs through {0}.</source>
        <translation>Esta mochila ya se sincroniza a través de {0}.</translation>
    </message>
    <message>
        <source>This backpack does not sync yet; see &apos;backpack sync setup&apos;.</source>
        <translation>Esta mochila todavía no se sincroniza; vea «backpack sync setup».</translation>
    </message>
    <message>
        <source>This backpack does not sync yet; start with &apos;backpack sync setup FOLDER&apos; (or &apos;backpack sync join FOLDER&apos; on a new computer).</source>
        <translation>Esta mochila todavía no se sincroniza; empiece con «backpack sync setup CARPETA» (o «backpack sync join CARPETA» en un ordenador nuevo).</translation>
    </message>
    <message>
        <source>another backpack&apos;s log</source>
        <translation>el registro de otra mochila</translation>
    </message>
    <message>
        <source>blob digest mismatch</source>
        <translation>la huella del archivo no coincide</translation>
    </message>
    <message>
        <source>not a Backpack sync log</source>
        <translation>no es un registro de sincronización de Backpack</translation>
    </message>
    <message>
        <source>not a batch</source>
        <translation>no es un lote de cambios</translation>
    </message>
    <message>
        <source>record too large</source>
        <translation>registro demasiado grande</translation>
    </message>
    <message>
        <source>too short to be a sync log</source>
        <translation>demasiado corto para ser un registro de sincronización</translation>
    </message>
    <message>
        <source>{0} already holds another backpack&apos;s sync files; choose another folder.</source>
        <translation>{0} ya contiene archivos de sincronización de otra mochila; elija otra carpeta.</translation>
    </message>
    <message>
        <source>{0} holds no backpack to join; on the computer that has it, run &apos;backpack sync setup FOLDER&apos; first.</source>
        <translation>{0} no contiene ninguna mochila a la que unirse; en el ordenador que la tiene, ejecute antes «backpack sync setup CARPETA».</translation>
    </message>
    <message>
        <source>A page any browser can open needs a code share: a share for a contact&apos;s card opens only in their Backpack. Share with --code instead of --to.</source>
        <translation>Una página que cualquier navegador puede abrir necesita un código: lo compartido con la tarjeta de un contacto solo se abre en su Backpack. Comparta con --code en lugar de --to.</translation>
    </message>
    <message>
        <source>Say where to write the share: --out FILE, or --html PAGE.html.</source>
        <translation>Diga dónde escribir lo compartido: --out ARCHIVO, o --html PÁGINA.html.</translation>
    </message>
    <message>
        <source>This page holds no Backpack share.</source>
        <translation>Esta página no contiene nada compartido con Backpack.</translation>
    </message>
    <message>
        <source>This page is incomplete: the file was cut short. Ask the family to send it again.</source>
        <translation>Esta página está incompleta: el archivo quedó cortado. Pida a la familia que la envíe de nuevo.</translation>
    </message>
    <message>
        <source>This page was damaged or edited after it was made. Ask the family to send it again.</source>
        <translation>Esta página se dañó o se modificó después de hacerla. Pida a la familia que la envíe de nuevo.</translation>
    </message>
    <message>
        <source>This share is {0} MB: a page any browser can open holds at most {1} MB. Share fewer files, or send the .backpack file instead.</source>
        <translation>Esto ocupa {0} MB: una página que cualquier navegador puede abrir admite como máximo {1} MB. Comparta menos archivos, o envíe el archivo .backpack.</translation>
    </message>
    <message>
        <source>{0} is far larger than a share page.</source>
        <translation>{0} es mucho más grande que una página compartida.</translation>
    </message>
    <message>
        <source>A reply carries at most {0} files.</source>
        <translation>Una respuesta lleva como máximo {0} archivos.</translation>
    </message>
    <message>
        <source>An endorsement names the record it endorses with --endorses (only).</source>
        <translation>Un aval nombra el registro que avala con --endorses (y solo un aval lo hace).</translation>
    </message>
    <message>
        <source>Give the reply a --title and a --text.</source>
        <translation>Dé a la respuesta un --title y un --text.</translation>
    </message>
    <message>
        <source>Say what you ask the recipient to write back.</source>
        <translation>Diga qué le pide al destinatario que responda.</translation>
    </message>
    <message>
        <source>Say who is writing with --name (your name or your program&apos;s).</source>
        <translation>Indique quién escribe con --name (su nombre o el de su programa).</translation>
    </message>
    <message>
        <source>That card&apos;s signing key is missing or damaged.</source>
        <translation>Falta la clave de firma de esa tarjeta o está dañada.</translation>
    </message>
    <message>
        <source>The credential in this reply does not check out: {0}</source>
        <translation>La credencial de esta respuesta no supera la verificación: {0}</translation>
    </message>
    <message>
        <source>The family asks you to write back: &quot;{0}&quot; (until {1}).</source>
        <translation>La familia le pide que responda: «{0}» (hasta el {1}).</translation>
    </message>
    <message>
        <source>The family&apos;s request expired on {0}; ask them for a new one.</source>
        <translation>La solicitud de la familia venció el {0}; pídales una nueva.</translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation>No existe el archivo {0}.</translation>
    </message>
    <message>
        <source>This file is a provider&apos;s reply, not a share: open it in the family&apos;s Backpack.</source>
        <translation>Este archivo es la respuesta de un proveedor, no un paquete compartido: ábralo en el Backpack de la familia.</translation>
    </message>
    <message>
        <source>This reply answers no request for a contribution this Backpack made, so it was not kept.</source>
        <translation>Esta respuesta no contesta ninguna solicitud de aporte hecha por este Backpack, así que no se guardó.</translation>
    </message>
    <message>
        <source>This reply does not answer your request (it lacks the secret only your share carried), so it was not kept.</source>
        <translation>Esta respuesta no contesta su solicitud (le falta el secreto que solo llevaba su paquete compartido), así que no se guardó.</translation>
    </message>
    <message>
        <source>This reply holds a kind of credential Backpack does not file.</source>
        <translation>Esta respuesta contiene un tipo de credencial que Backpack no archiva.</translation>
    </message>
    <message>
        <source>This reply is in a format this Backpack does not know.</source>
        <translation>Esta respuesta está en un formato que este Backpack no conoce.</translation>
    </message>
    <message>
        <source>This share does not ask you to write back; ask the family to share again with a request for a contribution.</source>
        <translation>Este paquete compartido no le pide que responda; pida a la familia que comparta de nuevo con una solicitud de aporte.</translation>
    </message>
    <message>
        <source>This share holds no record {0}: give its number in the share (1 to {1}) or its credential id, as &apos;backpack open&apos; shows them.</source>
        <translation>Este paquete compartido no contiene el registro {0}: indique su número en el paquete (de 1 a {1}) o el id de su credencial, como los muestra &apos;backpack open&apos;.</translation>
    </message>
    <message>
        <source>This share&apos;s request for a contribution is damaged.</source>
        <translation>La solicitud de aporte de este paquete compartido está dañada.</translation>
    </message>
    <message>
        <source>This share&apos;s request for a contribution names another learner.</source>
        <translation>La solicitud de aporte de este paquete compartido nombra a otro estudiante.</translation>
    </message>
    <message>
        <source>Written and signed by the provider named as issuer, at the family&apos;s request.</source>
        <translation>Escrito y firmado por el proveedor nombrado como emisor, a petición de la familia.</translation>
    </message>
    <message>
        <source>not a reply</source>
        <translation>no es una respuesta</translation>
    </message>
    <message>
        <source>Signature verified (the writer&apos;s own key)</source>
        <translation>Firma verificada (la clave propia de quien lo escribió)</translation>
    </message>
    <message>
        <source>These files come to more than {0} GiB, the most a reply carries.</source>
        <translation>Estos archivos suman más de {0} GiB, lo máximo que admite una respuesta.</translation>
    </message>
    <message>
        <source>This reply is signed with an organisation&apos;s key published on the web ({0}), and no copy of its DID document is saved here, so it was not kept. Save the document the program gives you with &apos;backpack did-web import FILE&apos; (or fetch it with &apos;backpack did-web refresh {1}&apos;), then open the reply again.</source>
        <translation>Esta respuesta está firmada con la clave de una organización publicada en la web ({0}) y aquí no hay guardada ninguna copia de su documento DID, así que no se conservó. Guarde el documento que le dé el programa con &apos;backpack did-web import FILE&apos; (o descárguelo con &apos;backpack did-web refresh {1}&apos;) y vuelva a abrir la respuesta.</translation>
    </message>
    <message>
        <source>written by {0} (third-party attested), key {1}</source>
        <translation>escrito por {0} (avalado por un tercero), clave {1}</translation>
    </message>
    <message>
        <source>{0} is larger than {1} MiB, the most a reply carries in one file.</source>
        <translation>{0} ocupa más de {1} MiB, lo máximo que admite una respuesta por archivo.</translation>
    </message>
    <message>
        <source>A school-signed record cannot be edited: it stays as the school signed it.</source>
        <translation>Un registro firmado por la escuela no se puede editar: se queda como la escuela lo firmó.</translation>
    </message>
    <message>
        <source>It answers your request about {0}.</source>
        <translation>Responde a su solicitud sobre {0}.</translation>
    </message>
    <message>
        <source>It holds a number too long to read.</source>
        <translation>Contiene un número demasiado largo para leerlo.</translation>
    </message>
    <message>
        <source>It was filed for {0} before, as you chose then.</source>
        <translation>Se archivó antes para {0}, como usted eligió entonces.</translation>
    </message>
    <message>
        <source>A reply&apos;s --title is at most {0} characters and its --text at most {1}.</source>
        <translation>El --title de una respuesta tiene como máximo {0} caracteres y su --text como máximo {1}.</translation>
    </message>
    <message>
        <source>This reply did not open with this backpack&apos;s card: it was sealed for another backpack, or damaged on the way.</source>
        <translation>Esta respuesta no se abrió con la tarjeta de esta mochila: se selló para otra mochila o se dañó por el camino.</translation>
    </message>
    <message>
        <source>This reply is damaged: it did not open with this backpack&apos;s card, which it was sealed for; ask the writer to send it again.</source>
        <translation>Esta respuesta está dañada: no se abrió con la tarjeta de esta mochila, para la que se selló; pida a quien la escribió que la envíe de nuevo.</translation>
    </message>
    <message>
        <source>This reply was sealed for {0}&apos;s card (fingerprint {1}), not this backpack&apos;s: open it in the backpack that asked for it.</source>
        <translation>Esta respuesta se selló para la tarjeta de {0} (huella {1}), no para la de esta mochila: ábrala en la mochila que la pidió.</translation>
    </message>
    <message>
        <source>Give the computer a name of 1 to 60 characters, on one line.</source>
        <translation>Dé al ordenador un nombre de 1 a 60 caracteres, en una sola línea.</translation>
    </message>
    <message>
        <source>The changes in {0} have not finished copying; try again once the folder is up to date (nothing was made here).</source>
        <translation>Los cambios de {0} no han terminado de copiarse; vuelva a intentarlo cuando la carpeta esté al día (aquí no se creó nada).</translation>
    </message>
    <message>
        <source>The log of {0} ends in the middle of a change, after {1} (it may still be copying); the rest will be read when it arrives.</source>
        <translation>El registro de {0} termina a mitad de un cambio, después de {1} (quizá aún se está copiando); el resto se leerá cuando llegue.</translation>
    </message>
    <message>
        <source>The log of {0} has no complete change yet (it may still be copying); it will be read when it arrives.</source>
        <translation>El registro de {0} aún no tiene ningún cambio completo (quizá aún se está copiando); se leerá cuando llegue.</translation>
    </message>
    <message>
        <source>The log of {0} is damaged after its first {1}; they were merged and the rest was left out.</source>
        <translation>El registro de {0} está dañado después de sus primeros {1}; esos se combinaron y el resto se dejó fuera.</translation>
    </message>
    <message>
        <source>The log of {0} is damaged from its start; nothing in it was merged.</source>
        <translation>El registro de {0} está dañado desde su inicio; no se combinó nada de él.</translation>
    </message>
    <message>
        <source>The logs in {0} could not be read (damaged, or another backpack&apos;s); on the computer that has the backpack, run &apos;backpack sync --compact&apos; to write its log again, then try again (nothing was made here).</source>
        <translation>No se pudieron leer los registros de {0} (dañados, o de otra mochila); en el ordenador que tiene la mochila, ejecute &apos;backpack sync --compact&apos; para volver a escribir su registro y vuelva a intentarlo (aquí no se creó nada).</translation>
    </message>
    <message>
        <source>This computer was removed from syncing on another computer, so its changes are no longer merged; to sync again, keep a backup of this backpack and run &apos;backpack sync join FOLDER&apos; into a new, empty backpack folder (this one keeps the removed computer&apos;s identity, which the others no longer accept).</source>
        <translation>Este ordenador se quitó de la sincronización desde otro ordenador, así que sus cambios ya no se combinan; para volver a sincronizar, guarde una copia de seguridad de esta mochila y ejecute &apos;backpack sync join CARPETA&apos; en una carpeta de mochila nueva y vacía (esta conserva la identidad del ordenador quitado, que los demás ya no aceptan).</translation>
    </message>
    <message>
        <source>{0} holds no changes to join from yet; on the computer that has the backpack, run &apos;backpack sync&apos;, then try again (nothing was made here).</source>
        <translation>{0} aún no contiene cambios desde los que unirse; en el ordenador que tiene la mochila, ejecute &apos;backpack sync&apos; y vuelva a intentarlo (aquí no se creó nada).</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>The credential as the school signed it</source>
        <translation>La credencial tal como la firmó la escuela</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Preview of the document&apos;s file</source>
        <translation>Vista previa del archivo del documento</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>As signed (read-only)</source>
        <translation>Tal como se firmó (solo lectura)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a record to see how it was checked.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija un registro para ver cómo se comprobó.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>A document the school gave you without a signature; Backpack cannot check it.</source>
        <translation>Un documento que la escuela le dio sin firma; Backpack no puede comprobarlo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{pill}&lt;/b&gt; - reading the signed record…</source>
        <translation>&lt;b&gt;{pill}&lt;/b&gt; - leyendo el registro firmado…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{pill}&lt;/b&gt; - {summary} &lt;i&gt;(checked {day})&lt;/i&gt;</source>
        <translation>&lt;b&gt;{pill}&lt;/b&gt; - {summary} &lt;i&gt;(comprobado el {day})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>valid from {day}</source>
        <translation>válido desde el {day}</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>hasta el {day}</translation>
    </message>
    <message>
        <source>Issuer key: {key}</source>
        <translation>Clave del emisor: {key}</translation>
    </message>
    <message>
        <source>Name it gives itself: {name}</source>
        <translation>Nombre con el que se presenta: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restricted&lt;/b&gt;: never shared unless you choose this document yourself.</source>
        <translation>&lt;b&gt;Restringido&lt;/b&gt;: nunca se comparte salvo que elija este documento usted mismo.</translation>
    </message>
    <message>
        <source>Files: {names}</source>
        <translation>Archivos: {names}</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Sin archivo adjunto.</translation>
    </message>
    <message>
        <source>File: {name} (no preview)</source>
        <translation>Archivo: {name} (sin vista previa)</translation>
    </message>
    <message>
        <source>✍ Endorsed by {author} (third-party attested): {text}</source>
        <translation>✍ Avalado por {author} (un tercero, con su propia firma): {text}</translation>
    </message>
</context>
<context>
    <name>DocumentsBar</name>
    <message>
        <source>Add a document ▾</source>
        <translation>Añadir un documento ▾</translation>
    </message>
    <message>
        <source>Add a document the school gave you</source>
        <translation>Añadir un documento que le dio la escuela</translation>
    </message>
    <message>
        <source>State test results…</source>
        <translation>Resultados de pruebas estatales…</translation>
    </message>
    <message>
        <source>Enter results from a state score report (self-reported), with the report</source>
        <translation>Anotar resultados de un informe de pruebas estatales (declarados por la familia), con el informe</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Guardar archivo…</translation>
    </message>
    <message>
        <source>Save a copy of the document&apos;s file (decrypted)</source>
        <translation>Guardar una copia del archivo del documento (descifrada)</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Edit: {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message>
        <source>Add: {kind}</source>
        <translation>Añadir: {kind}</translation>
    </message>
    <message>
        <source>{kind} - self-reported: written by the learner or family.</source>
        <translation>{kind} - declarado por el estudiante: escrito por el estudiante o la familia.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notas de progreso</translation>
    </message>
    <message>
        <source>Add a progress note (dated today)</source>
        <translation>Añadir una nota de progreso (con la fecha de hoy)</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nueva nota de progreso</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Files (kept encrypted)</source>
        <translation>Archivos (guardados cifrados)</translation>
    </message>
    <message>
        <source>Problem with this entry</source>
        <translation>Problema con esta entrada</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>This entry has changes that are not saved.</source>
        <translation>Esta entrada tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Give the entry a title.</source>
        <translation>Dé un título a la entrada.</translation>
    </message>
    <message>
        <source>{kind} - a document the school gave you, without a signature: Backpack keeps it as it is and cannot check it.</source>
        <translation>{kind}: un documento que le dio la escuela, sin firma; Backpack lo guarda tal cual y no puede comprobarlo.</translation>
    </message>
    <message>
        <source>Restricted: never shared unless you choose this document yourself.</source>
        <translation>Restringido: nunca se comparte salvo que elija este documento usted mismo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier versions&lt;/b&gt; (values a later change replaced, here or on another computer; kept, not editable)</source>
        <translation>&lt;b&gt;Versiones anteriores&lt;/b&gt; (valores que un cambio posterior sustituyó, aquí o en otro ordenador; se conservan, no se pueden editar)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Earlier value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (este ordenador)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message>
        <source>How long it opens</source>
        <translation>Cuánto tiempo se puede abrir</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>End of the school year</source>
        <translation>Fin del año escolar</translation>
    </message>
    <message>
        <source>Until a date I choose</source>
        <translation>Hasta una fecha que elija</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Se puede abrir hasta</translation>
    </message>
    <message>
        <source>Choose a day after today for the share to open until.</source>
        <translation>Elija un día posterior a hoy como último día en que se pueda abrir.</translation>
    </message>
    <message>
        <source>A share opens for a year at most: choose {day} or earlier.</source>
        <translation>Un paquete compartido se puede abrir durante un año como máximo: elija {day} o antes.</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <source>It could not be saved.</source>
        <translation>No se pudo guardar.</translation>
    </message>
    <message>
        <source>Add a contact from their card</source>
        <translation>Añadir un contacto a partir de su tarjeta</translation>
    </message>
    <message>
        <source>Backpack cards (*.card *.png);;All files (*)</source>
        <translation>Tarjetas de Backpack (*.card *.png);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>That card could not be saved.</source>
        <translation>No se pudo guardar esa tarjeta.</translation>
    </message>
    <message>
        <source>Save this contact?</source>
        <translation>¿Guardar este contacto?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The card is for &lt;b&gt;{name}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Fingerprint: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ask {name} to read you the fingerprint their backpack shows. Save the contact only if the two are the same: shares for this contact open only with their backpack.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La tarjeta es de &lt;b&gt;{name}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Huella: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pida a {name} que le lea la huella que muestra su mochila. Guarde el contacto solo si las dos coinciden: lo que comparta con este contacto solo se abre con su mochila.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name for this contact:</source>
        <translation>Nombre para este contacto:</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <source>Saved {name} (fingerprint {fingerprint}). You can now make shares only their backpack can open.</source>
        <translation>Se guardó {name} (huella {fingerprint}). Ya puede compartir registros que solo su mochila puede abrir.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>&lt;h1&gt;Welcome to Backpack&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a Backpack&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Backpack keeps a learner&apos;s record encrypted on this computer. Choose a passphrase only you know: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Backpack guarda el expediente del estudiante cifrado en este ordenador. Elija una frase de contraseña que solo usted conozca: unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>e.g. Ana Rivera</source>
        <translation>p. ej., Ana Rivera</translation>
    </message>
    <message>
        <source>First learner&apos;s name</source>
        <translation>Nombre del primer estudiante</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Problem with the new backpack</source>
        <translation>Problema con la nueva mochila</translation>
    </message>
    <message>
        <source>Creating the backpack</source>
        <translation>Creando la mochila</translation>
    </message>
    <message>
        <source>Create backpack</source>
        <translation>Crear mochila</translation>
    </message>
    <message>
        <source>Open an existing backpack folder…</source>
        <translation>Abrir la carpeta de una mochila existente…</translation>
    </message>
    <message>
        <source>Try a demo backpack</source>
        <translation>Probar una mochila de demostración</translation>
    </message>
    <message>
        <source>A separate backpack with records signed by demo schools, protected by the passphrase typed above</source>
        <translation>Una mochila aparte con registros firmados por escuelas de demostración, protegida con la frase de contraseña escrita arriba</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>O bien:</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>type a passphrase</source>
        <translation>escriba una frase de contraseña</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Elija una frase de contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Type the learner&apos;s name.</source>
        <translation>Escriba el nombre del estudiante.</translation>
    </message>
    <message>
        <source>Back to the share</source>
        <translation>Volver al paquete compartido</translation>
    </message>
    <message>
        <source>&lt;h1&gt;A backpack of your own&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Una mochila propia&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Your backpack keeps the share encrypted on this computer, remembers the learner&apos;s key and the schools you trust. Choose a passphrase only you know: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Su mochila guarda el paquete compartido cifrado en este equipo y recuerda la clave del estudiante y las escuelas en las que confía. Elija una frase de contraseña que solo usted conozca: unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Join a backpack from another computer…</source>
        <translation>Unirse a una mochila de otro ordenador…</translation>
    </message>
    <message>
        <source>Through a folder the computers share (Syncthing, Dropbox, a USB stick…)</source>
        <translation>A través de una carpeta que comparten los ordenadores (Syncthing, Dropbox, una memoria USB…)</translation>
    </message>
</context>
<context>
    <name>GuestView</name>
    <message>
        <source>&lt;h2&gt;Someone shared records with you&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Alguien compartió registros con usted&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>You can read them here without a backpack of your own. Nothing is saved on this computer unless you keep it.</source>
        <translation>Puede leerlos aquí sin tener una mochila propia. No se guarda nada en este equipo a menos que usted lo conserve.</translation>
    </message>
    <message>
        <source>Open another share…</source>
        <translation>Abrir otro paquete compartido…</translation>
    </message>
    <message>
        <source>Keep this in a backpack of my own…</source>
        <translation>Conservarlo en una mochila propia…</translation>
    </message>
    <message>
        <source>Make a backpack (your name and a passphrase) to keep this share in Received, remember the learner&apos;s key and trust their school.</source>
        <translation>Cree una mochila (su nombre y una frase de contraseña) para conservar este paquete en Recibidos, recordar la clave del estudiante y confiar en su escuela.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{imported} of {total} imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{imported} de {total} importados.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Trust the school…</source>
        <translation>Confiar en la escuela…</translation>
    </message>
    <message>
        <source>Add the selected record&apos;s school to your trust list, from the trust file it gave you or the name you know it by.</source>
        <translation>Añadir la escuela del registro elegido a su lista de confianza, desde el archivo de confianza que le dio o con el nombre por el que la conoce.</translation>
    </message>
    <message>
        <source>Load a school&apos;s trust file…</source>
        <translation>Cargar el archivo de confianza de una escuela…</translation>
    </message>
    <message>
        <source>File for a learner…</source>
        <translation>Archivar para un estudiante…</translation>
    </message>
    <message>
        <source>File the records that name no learner here for the learner you choose</source>
        <translation>Archivar los registros que no identifican a ningún estudiante de aquí para el estudiante que elija</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <source>Rule: {rule}</source>
        <translation>Regla: {rule}</translation>
    </message>
    <message>
        <source>By term:</source>
        <translation>Por período:</translation>
    </message>
    <message>
        <source>Missing: {what}</source>
        <translation>Falta: {what}</translation>
    </message>
    <message>
        <source>Note: {what}</source>
        <translation>Nota: {what}</translation>
    </message>
    <message>
        <source>Choose the learner&apos;s grade level in the “Grade level” box above (kept with the learner, self-reported).</source>
        <translation>Elija el grado del estudiante en la casilla «Grado» de arriba (se guarda con el estudiante, declarado por la familia).</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
    <message>
        <source>Records behind this ({n})</source>
        <translation>Registros en que se basa ({n})</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No contados</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Añadir una meta…</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a backpack from another computer</source>
        <translation>Unirse a una mochila de otro ordenador</translation>
    </message>
    <message>
        <source>On the computer that has the backpack, choose Settings, Other computers, “Set up…” and a folder both computers share (Syncthing, Dropbox, OneDrive, a network share, a USB stick). Then choose that folder here and type the backpack&apos;s passphrase: a copy of the backpack is made on this computer, and the two keep each other&apos;s changes from then on.</source>
        <translation>En el ordenador que tiene la mochila, elija Ajustes, Otros ordenadores, «Configurar…» y una carpeta que compartan ambos ordenadores (Syncthing, Dropbox, OneDrive, una carpeta de red, una memoria USB). Después elija esa carpeta aquí y escriba la frase de contraseña de la mochila: se crea una copia de la mochila en este ordenador, y desde entonces cada uno recibe los cambios del otro.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>the folder the computers share</source>
        <translation>la carpeta que comparten los ordenadores</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>The backpack&apos;s passphrase</source>
        <translation>La frase de contraseña de la mochila</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>¿Olvidó la frase de contraseña? Use la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>De un archivo…</translation>
    </message>
    <message>
        <source>Read the recovery key from a file</source>
        <translation>Leer la clave de recuperación de un archivo</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Uniéndose</translation>
    </message>
    <message>
        <source>Problem joining</source>
        <translation>Problema al unirse</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Choose the folder the computers share</source>
        <translation>Elija la carpeta que comparten los ordenadores</translation>
    </message>
    <message>
        <source>Choose the file holding the recovery key</source>
        <translation>Elija el archivo que guarda la clave de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} does not hold a recovery key.</source>
        <translation>{file} no contiene una clave de recuperación.</translation>
    </message>
    <message>
        <source>Choose the folder the computers share.</source>
        <translation>Elija la carpeta que comparten los ordenadores.</translation>
    </message>
    <message>
        <source>Type the backpack&apos;s passphrase (or its recovery key).</source>
        <translation>Escriba la frase de contraseña de la mochila (o su clave de recuperación).</translation>
    </message>
    <message>
        <source>Opening the backpack in the folder</source>
        <translation>Abriendo la mochila de la carpeta</translation>
    </message>
</context>
<context>
    <name>KeptApartView</name>
    <message>
        <source>&lt;b&gt;Kept apart&lt;/b&gt;: replies your request does not vouch for. They are not among the records; accept one only if you trust who wrote it.</source>
        <translation>&lt;b&gt;Apartadas&lt;/b&gt;: respuestas que su solicitud no respalda. No están entre los registros; acepte una solo si confía en quien la escribió.</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Kept apart for</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Replies kept apart</source>
        <translation>Respuestas apartadas</translation>
    </message>
    <message>
        <source>Accept and file…</source>
        <translation>Aceptar y archivar…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>Añadir un estudiante</translation>
    </message>
    <message>
        <source>Each learner has their own record and their own signing key, in this backpack.</source>
        <translation>Cada estudiante tiene su propio expediente y su propia clave de firma en esta mochila.</translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Problem with this learner</source>
        <translation>Problema con este estudiante</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <source>School ids of {name}</source>
        <translation>Identificadores escolares de {name}</translation>
    </message>
    <message>
        <source>How the school&apos;s files name {name}.</source>
        <translation>Cómo identifican a {name} los archivos de la escuela.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Write the learner&apos;s name.</source>
        <translation>Escriba el nombre del estudiante.</translation>
    </message>
    <message>
        <source>Write the birth date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Escriba la fecha de nacimiento como AAAA-MM-DD, o déjela vacía.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>An email address needs an @, like ana@example.org.</source>
        <translation>Un correo electrónico necesita una @, como ana@example.org.</translation>
    </message>
    <message>
        <source>the school email; several separated by commas</source>
        <translation>el correo de la escuela; varios separados por comas</translation>
    </message>
    <message>
        <source>as on a report card; several separated by commas</source>
        <translation>como en el boletín de notas; varios separados por comas</translation>
    </message>
    <message>
        <source>Student ids</source>
        <translation>Identificadores de estudiante</translation>
    </message>
    <message>
        <source>A school&apos;s files name the learner by school email or student id. Give one so Backpack files each child&apos;s records for them, never for a brother or sister.</source>
        <translation>Los archivos de una escuela identifican al estudiante por su correo de la escuela o su identificador de estudiante. Indique uno para que Backpack archive los registros de cada hijo para él, nunca para un hermano o una hermana.</translation>
    </message>
    <message>
        <source>Student id</source>
        <translation>Id. de estudiante</translation>
    </message>
</context>
<context>
    <name>LearnerShares</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Qué se compartió</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Pendiente de entregar</translation>
    </message>
    <message>
        <source>Kept shares, by learner</source>
        <translation>Paquetes compartidos guardados, por estudiante</translation>
    </message>
    <message>
        <source>(no purpose given)</source>
        <translation>(sin finalidad indicada)</translation>
    </message>
    <message>
        <source>{ask} (by {day})</source>
        <translation>{ask} (antes del {day})</translation>
    </message>
    <message>
        <source>Learner&apos;s key: {did}</source>
        <translation>Clave del estudiante: {did}</translation>
    </message>
    <message>
        <source>Shared {day}</source>
        <translation>Compartido el {day}</translation>
    </message>
    <message>
        <source>You owe: {ask}</source>
        <translation>Pendiente: {ask}</translation>
    </message>
    <message>
        <source>Answered ({count}): {ask}</source>
        <translation>Respondido ({count}): {ask}</translation>
    </message>
    <message>
        <source>Expired: {ask}</source>
        <translation>Vencido: {ask}</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Add from a link</source>
        <translation>Añadir desde un enlace</translation>
    </message>
    <message>
        <source>Paste the link or offer your school gave you:</source>
        <translation>Pega el enlace o la oferta que te dio tu escuela:</translation>
    </message>
    <message>
        <source>To receive these records for {learner}, Backpack will contact {domain}, the website named in the link. Nothing is sent before you agree. Go ahead?</source>
        <translation>Para recibir estos expedientes para {learner}, Backpack contactará con {domain}, el sitio web nombrado en el enlace. No se envía nada antes de que aceptes. ¿Continuar?</translation>
    </message>
    <message>
        <source>Talking to {domain}…</source>
        <translation>Hablando con {domain}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{issuer} ({domain}) offers {count} record(s) for {learner}. Receive them?</source>
        <translation>{issuer} ({domain}) ofrece {count} expediente(s) para {learner}. ¿Recibirlos?</translation>
    </message>
    <message>
        <source>{issuer} ({domain}) offers {count} record(s) for {learner}. You sign in at the school&apos;s page in your web browser first. Receive them?</source>
        <translation>{issuer} ({domain}) ofrece {count} expediente(s) para {learner}. Primero inicias sesión en la página de la escuela, en tu navegador web. ¿Recibirlos?</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>Código de transacción</translation>
    </message>
    <message>
        <source>The code the school gave you with this link:</source>
        <translation>El código que te dio la escuela con este enlace:</translation>
    </message>
    <message>
        <source>The issuer is not the one you agreed to receive from; nothing was kept.</source>
        <translation>El emisor no es aquel del que aceptaste recibir; no se guardó nada.</translation>
    </message>
    <message>
        <source>Sign in at {domain} in your web browser; Backpack goes on when you are done.</source>
        <translation>Inicia sesión en {domain} en tu navegador web; Backpack sigue cuando termines.</translation>
    </message>
    <message>
        <source>Asking {domain} for the records…</source>
        <translation>Pidiendo los expedientes a {domain}…</translation>
    </message>
    <message>
        <source>Receiving record {number} of {total} from {domain}…</source>
        <translation>Recibiendo el expediente {number} de {total} de {domain}…</translation>
    </message>
    <message>
        <source>Checking the records on this computer…</source>
        <translation>Comprobando los expedientes en este ordenador…</translation>
    </message>
    <message>
        <source>From {issuer} ({domain})</source>
        <translation>De {issuer} ({domain})</translation>
    </message>
    <message>
        <source>A request for records</source>
        <translation>Una solicitud de registros</translation>
    </message>
    <message>
        <source>Sent {count} record(s) to {verifier}; it is noted in Shares.</source>
        <translation>Se enviaron {count} registro(s) a {verifier}; queda anotado en Compartidos.</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>Añadir estudiante…</translation>
    </message>
    <message>
        <source>Add another learner of the family to this backpack</source>
        <translation>Añadir a esta mochila otro estudiante de la familia</translation>
    </message>
    <message>
        <source>School ids…</source>
        <translation>Ids. escolares…</translation>
    </message>
    <message>
        <source>The school email and student id the school&apos;s files name this learner by</source>
        <translation>El correo de la escuela y el identificador de estudiante con los que los archivos de la escuela identifican a este estudiante</translation>
    </message>
    <message>
        <source>Search records (Ctrl+F)</source>
        <translation>Buscar registros (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import records your school gave you (Ctrl+O), or drop files here</source>
        <translation>Importe los registros que le dio su escuela (Ctrl+O), o suelte aquí los archivos</translation>
    </message>
    <message>
        <source>From files…	Ctrl+O</source>
        <translation>Desde archivos…	Ctrl+O</translation>
    </message>
    <message>
        <source>Paste a credential (JSON or JWT text)	Ctrl+Shift+V</source>
        <translation>Pegar una credencial (texto JSON o JWT)	Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Share chosen records with someone (Ctrl+S)</source>
        <translation>Compartir registros elegidos con alguien (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the backpack (Ctrl+L)</source>
        <translation>Bloquear la mochila (Ctrl+L)</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Por buen camino</translation>
    </message>
    <message>
        <source>Standards by term</source>
        <translation>Estándares por período</translation>
    </message>
    <message>
        <source>Written by the learner or family: always labelled self-reported.</source>
        <translation>Escrito por el estudiante o la familia: siempre marcado como declarado por uno mismo.</translation>
    </message>
    <message>
        <source>Every share you made, and until when it opens.</source>
        <translation>Todo lo que ha compartido, y hasta cuándo se puede abrir.</translation>
    </message>
    <message>
        <source>Shares others sent you: open one to check every record in it.</source>
        <translation>Lo que otros le han compartido: ábralo para comprobar cada registro.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>{name} is 18: the record is theirs to control now. Hand it over…</source>
        <translation>{name} tiene 18 años: ahora decide sobre su expediente. Traspasarlo…</translation>
    </message>
    <message>
        <source>Add from a link… (a school&apos;s wallet link or offer)</source>
        <translation>Añadir desde un enlace… (el enlace o la oferta de una escuela para tu cartera)</translation>
    </message>
    <message>
        <source>Records schools signed, and what tutors and programs wrote and signed for you (third-party attested), checked when they came.</source>
        <translation>Registros que firmaron las escuelas, y lo que tutores y programas escribieron y firmaron para usted (avalado por un tercero), verificados al llegar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{language} is not available in this copy of Backpack: its translation was not built (run &apos;make&apos;).</source>
        <translation>{language} no está disponible en esta copia de Backpack: su traducción no se compiló (ejecute &apos;make&apos;).</translation>
    </message>
    <message>
        <source>It could not be made.</source>
        <translation>No se pudo crear.</translation>
    </message>
    <message>
        <source>The demo could not be made.</source>
        <translation>No se pudo crear la demostración.</translation>
    </message>
    <message>
        <source>Choose the folder of an existing backpack</source>
        <translation>Elija la carpeta de una mochila existente</translation>
    </message>
    <message>
        <source>There is no backpack in {folder}.</source>
        <translation>No hay ninguna mochila en {folder}.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backpack. Try again.</source>
        <translation>Esa frase de contraseña no abre esta mochila. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The backpack could not be opened.</source>
        <translation>No se pudo abrir la mochila.</translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation>No se pudo leer.</translation>
    </message>
    <message>
        <source>Import records your school gave you</source>
        <translation>Importar los registros que le dio su escuela</translation>
    </message>
    <message>
        <source>Credentials (*.json *.jwt *.jsonld *.txt *.png *.svg *.jpg *.jpeg);;All files (*)</source>
        <translation>Credenciales (*.json *.jwt *.jsonld *.txt *.png *.svg *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Hand the record over</source>
        <translation>Entregar el registro</translation>
    </message>
    <message>
        <source>From now on the learner decides what is shared. Give them the passphrase, or let them set their own (Settings, Change passphrase).</source>
        <translation>A partir de ahora, el estudiante decide qué se comparte. Dele la frase de contraseña o deje que establezca la suya (Ajustes, Cambiar la frase de contraseña).</translation>
    </message>
    <message>
        <source>Stop trusting this issuer?</source>
        <translation>¿Dejar de confiar en este emisor?</translation>
    </message>
    <message>
        <source>Records from {issuer} will show the name it gives itself again.</source>
        <translation>Los registros de {issuer} volverán a mostrar el nombre con el que el emisor se presenta.</translation>
    </message>
    <message>
        <source>File for a learner</source>
        <translation>Archivar para un estudiante</translation>
    </message>
    <message>
        <source>These records name no learner here. Whose are they?</source>
        <translation>Estos registros no identifican a ningún estudiante de aquí. ¿De quién son?</translation>
    </message>
</context>
<context>
    <name>OfficialRecordsView</name>
    <message>
        <source>Official records</source>
        <translation>Expediente oficial</translation>
    </message>
    <message>
        <source>No official records yet. Import the files your school gave you (Ctrl+O).</source>
        <translation>Aún no hay registros oficiales. Importe los archivos que le dio su escuela (Ctrl+O).</translation>
    </message>
    <message>
        <source>Its signed credential is no longer in the backpack.</source>
        <translation>Su credencial firmada ya no está en la mochila.</translation>
    </message>
</context>
<context>
    <name>OnTrackView</name>
    <message>
        <source>Signs a counsellor looks at, worked out on this computer from the records you hold. Each stands on its own: there is no overall score. Only records the school signed, whose signature checks out and whose school you trust, count as the school&apos;s; anything else is listed as not counted. Nothing here is stored or shared.</source>
        <translation>Señales que mira un consejero, calculadas en este equipo a partir de los registros que usted tiene. Cada una va por separado: no hay una puntuación global. Solo cuentan como de la escuela los registros que la escuela firmó, cuya firma es correcta y cuya escuela es de su confianza; todo lo demás aparece como no contado. Nada de esto se guarda ni se comparte.</translation>
    </message>
    <message>
        <source>Grade level</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Grade level (if the school&apos;s records state none):</source>
        <translation>Grado (si los registros de la escuela no lo indican):</translation>
    </message>
    <message>
        <source>self-reported</source>
        <translation>declarado por la familia</translation>
    </message>
    <message>
        <source>State test results you entered from score reports: {count}. They are self-reported: none of these signs counts them.</source>
        <translation>Resultados de pruebas estatales que usted anotó de informes de resultados: {count}. Son declarados por la familia: ninguna de estas señales los cuenta.</translation>
    </message>
</context>
<context>
    <name>OpenedSharePanel</name>
    <message>
        <source>Problem with the share</source>
        <translation>Problema con el paquete compartido</translation>
    </message>
    <message>
        <source>Remember this key for the learner</source>
        <translation>Recordar esta clave para el estudiante</translation>
    </message>
    <message>
        <source>Trust this school…</source>
        <translation>Confiar en esta escuela…</translation>
    </message>
    <message>
        <source>Some records do NOT check out.</source>
        <translation>Algunos registros NO superan la verificación.</translation>
    </message>
    <message>
        <source>Every signature checks out, but some schools are not in your trust list.</source>
        <translation>Todas las firmas son válidas, pero algunas escuelas no están en su lista de confianza.</translation>
    </message>
    <message>
        <source>Every record checks out.</source>
        <translation>Todos los registros superan la verificación.</translation>
    </message>
    <message>
        <source>A learner</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{learner}&apos;s records for {recipient}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Registros de {learner} para {recipient}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Open until {day}. &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>Disponible hasta el {day}. &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signed by the learner&apos;s key, fingerprint &lt;b&gt;{fingerprint}&lt;/b&gt;.</source>
        <translation>Firmado con la clave del estudiante, huella &lt;b&gt;{fingerprint}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Compare it with the one the family sees on their screen.</source>
        <translation>Compárela con la que la familia ve en su pantalla.</translation>
    </message>
    <message>
        <source>Write back to the family…</source>
        <translation>Responder a la familia…</translation>
    </message>
    <message>
        <source>The family asks you to write back: “{ask}”</source>
        <translation>La familia le pide que responda: «{ask}»</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>{field}: has a date</source>
        <translation>{field}: tiene fecha</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Save a file</source>
        <translation>Guardar un archivo</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>¿Qué archivo?</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Guardar una copia del archivo</translation>
    </message>
    <message>
        <source>It could not be saved.</source>
        <translation>No se pudo guardar.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Delete this entry and its files?</source>
        <translation>¿Eliminar esta entrada y sus archivos?</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Learner profile entries</source>
        <translation>Entradas del perfil del estudiante</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <translation>Añadir ▾</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Guardar archivo…</translation>
    </message>
    <message>
        <source>Save a copy of the entry&apos;s file (decrypted)</source>
        <translation>Guardar una copia del archivo de la entrada (descifrada)</translation>
    </message>
    <message>
        <source>Tick off</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Mark the chosen readiness milestone done, or not (Space)</source>
        <translation>Marcar como hecho, o no, el hito de preparación elegido (Espacio)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Preview of the entry&apos;s file</source>
        <translation>Vista previa del archivo de la entrada</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>antes del {day}</translation>
    </message>
    <message>
        <source>Community service: {hours} hours in total</source>
        <translation>Servicio comunitario: {hours} horas en total</translation>
    </message>
    <message>
        <source>File: {name} (no preview)</source>
        <translation>Archivo: {name} (sin vista previa)</translation>
    </message>
    <message>
        <source>{title} · ✍ endorsed by {names}</source>
        <translation>{title} · ✍ avalado por {names}</translation>
    </message>
</context>
<context>
    <name>ReceivedActions</name>
    <message>
        <source>Open a share someone sent you</source>
        <translation>Abrir un paquete compartido que alguien le envió</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Código del paquete compartido</translation>
    </message>
    <message>
        <source>The share code the family gave you:</source>
        <translation>El código del paquete compartido que le dio la familia:</translation>
    </message>
    <message>
        <source>Reply kept apart</source>
        <translation>Respuesta apartada</translation>
    </message>
    <message>
        <source>“{title}” by {author} is kept apart, not filed: {reason} Accept or discard it under “Kept apart” in Received.</source>
        <translation>«{title}», de {author}, quedó apartada, sin archivar: {reason} Acéptela o descártela en «Apartadas», dentro de Recibidos.</translation>
    </message>
    <message>
        <source>the key on {name}’s card, {known}</source>
        <translation>la clave de la tarjeta de {name}, {known}</translation>
    </message>
    <message>
        <source>Accept this reply?</source>
        <translation>¿Aceptar esta respuesta?</translation>
    </message>
    <message>
        <source>{reason}

File “{title}” by {author} under {learner} as third-party attested anyway? Do so only if you trust who wrote it; a key you did not ask is remembered as theirs.</source>
        <translation>{reason}

¿Archivar de todos modos «{title}», de {author}, para {learner} como avalado por un tercero? Hágalo solo si confía en quien la escribió; una clave que usted no pidió se recordará como suya.</translation>
    </message>
    <message>
        <source>“{title}” is filed under {learner} as third-party attested.</source>
        <translation>«{title}» quedó archivado para {learner} como avalado por un tercero.</translation>
    </message>
    <message>
        <source>Discard this reply?</source>
        <translation>¿Descartar esta respuesta?</translation>
    </message>
    <message>
        <source>Delete “{title}” by {author}? It was never filed.</source>
        <translation>¿Eliminar «{title}», de {author}? Nunca se archivó.</translation>
    </message>
    <message>
        <source>A different key</source>
        <translation>Una clave distinta</translation>
    </message>
    <message>
        <source>This share says it is from {name}, but it is signed by another key than the one you remembered for {name}. Anyone can make a share under a learner&apos;s name.

Keep it and remember the new key (fingerprint {fingerprint}) only if the family told you their key changed. Keep it?</source>
        <translation>Este paquete compartido dice ser de {name}, pero lo firmó otra clave distinta de la que usted guardó para {name}. Cualquiera puede hacer un paquete con el nombre de un estudiante.

Consérvelo y guarde la clave nueva (huella {fingerprint}) solo si la familia le dijo que su clave cambió. ¿Conservarlo?</translation>
    </message>
    <message>
        <source>This QR code is someone&apos;s card, not a share. To share with them, save it in Settings → Contacts with “Add a contact from their card…”.</source>
        <translation>Este código QR es la tarjeta de alguien, no un paquete compartido. Para compartir con esa persona, guárdela en Ajustes → Contactos con «Añadir un contacto a partir de su tarjeta…».</translation>
    </message>
    <message>
        <source>Not kept: this share is signed by another key than the one you remembered for {name}. Ask the family before trusting it.</source>
        <translation>No se conservó: este paquete compartido lo firmó otra clave distinta de la que usted guardó para {name}. Pregunte a la familia antes de confiar en él.</translation>
    </message>
    <message>
        <source>Wrong code — try again.</source>
        <translation>Código incorrecto: inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This share opens with the code the family gave you.</source>
        <translation>Este paquete compartido se abre con el código que le dio la familia.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Guardar el archivo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Shares (*.backpack *.html *.png *.pdf);;All files (*)</source>
        <translation>Paquetes compartidos (*.backpack *.html *.png *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reply filed</source>
        <translation>Respuesta archivada</translation>
    </message>
    <message>
        <source>“{title}” is filed under {learner} as third-party attested: written by {author} (key fingerprint {fingerprint}, {known}).</source>
        <translation>«{title}» quedó archivado para {learner} como avalado por un tercero: escrito por {author} (huella de la clave {fingerprint}, {known}).</translation>
    </message>
    <message>
        <source>the learner</source>
        <translation>el estudiante</translation>
    </message>
    <message>
        <source>Save the reply for the family</source>
        <translation>Guardar la respuesta para la familia</translation>
    </message>
    <message>
        <source>Replies (*.backpack)</source>
        <translation>Respuestas (*.backpack)</translation>
    </message>
    <message>
        <source>Reply saved</source>
        <translation>Respuesta guardada</translation>
    </message>
    <message>
        <source>Your reply is signed and saved in {file}. Send that file to the family; only their Backpack opens it.</source>
        <translation>Su respuesta está firmada y guardada en {file}. Envíe ese archivo a la familia; solo su Backpack lo abre.</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <source>Open a share…</source>
        <translation>Abrir algo compartido…</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <source>An issuer registry</source>
        <translation>Un registro de emisores</translation>
    </message>
    <message>
        <source>Issuer registries (*.json);;All files (*)</source>
        <translation>Registros de emisores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add an issuer registry</source>
        <translation>Añadir un registro de emisores</translation>
    </message>
    <message>
        <source>The registry&apos;s web address (https://…):</source>
        <translation>La dirección web del registro (https://…):</translation>
    </message>
    <message>
        <source>{address} is not a web address Backpack fetches (https only).</source>
        <translation>{address} no es una dirección web que Backpack descargue (solo https).</translation>
    </message>
    <message>
        <source>Go online?</source>
        <translation>¿Conectarse a internet?</translation>
    </message>
    <message>
        <source>Backpack will connect to {host} once, to fetch this registry. Nothing from your backpack is sent. Go online?</source>
        <translation>Backpack se conectará una vez a {host} para descargar este registro. No se envía nada de su mochila. ¿Conectarse?</translation>
    </message>
    <message>
        <source>What to call this registry (records from its schools will say so):</source>
        <translation>Cómo llamar a este registro (los expedientes de sus escuelas lo mencionarán):</translation>
    </message>
    <message>
        <source>Registry added</source>
        <translation>Registro añadido</translation>
    </message>
    <message>
        <source>{name} (as of {day}) lists {count} schools. Records from them now say they are listed in it.</source>
        <translation>{name} (a {day}) incluye {count} escuelas. Los expedientes de esas escuelas indican ahora que figuran en él.</translation>
    </message>
    <message>
        <source>{source} could not be fetched: {reason}</source>
        <translation>No se pudo descargar {source}: {reason}</translation>
    </message>
    <message>
        <source>{source} was not added: {reason}</source>
        <translation>{source} no se añadió: {reason}</translation>
    </message>
    <message>
        <source>it could not be read.</source>
        <translation>no se pudo leer.</translation>
    </message>
    <message>
        <source>Remove the registry?</source>
        <translation>¿Quitar el registro?</translation>
    </message>
    <message>
        <source>Stop relying on {name}? Schools listed only there will show as not in your trust list again.</source>
        <translation>¿Dejar de confiar en {name}? Las escuelas que solo figuran en él volverán a aparecer como no incluidas en su lista de confianza.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Write back to the family</source>
        <translation>Responder a la familia</translation>
    </message>
    <message>
        <source>The family of {learner} asks: “{ask}”. What you write is signed with your Backpack&apos;s own key and sealed so that only they can open it.</source>
        <translation>La familia de {learner} pide: «{ask}». Lo que escriba se firma con la clave propia de su Backpack y se sella para que solo ellos puedan abrirlo.</translation>
    </message>
    <message>
        <source>A note (progress)</source>
        <translation>Una nota (progreso)</translation>
    </message>
    <message>
        <source>A narrative with strengths and challenges</source>
        <translation>Una narración con fortalezas y desafíos</translation>
    </message>
    <message>
        <source>An achievement (a badge)</source>
        <translation>Un logro (una insignia)</translation>
    </message>
    <message>
        <source>An endorsement of a shared record</source>
        <translation>Un aval de un registro compartido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>optional, e.g. 6.5</source>
        <translation>opcional, p. ej. 6,5</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Horas de asistencia</translation>
    </message>
    <message>
        <source>Record endorsed</source>
        <translation>Registro avalado</translation>
    </message>
    <message>
        <source>your name, or your program&apos;s</source>
        <translation>su nombre, o el de su programa</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Problem with the reply</source>
        <translation>Problema con la respuesta</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Firmar y guardar…</translation>
    </message>
    <message>
        <source>Hours are a number, like 6.5.</source>
        <translation>Las horas son un número, como 6,5.</translation>
    </message>
    <message>
        <source>This share holds no record to endorse.</source>
        <translation>Este paquete compartido no contiene ningún registro que avalar.</translation>
    </message>
    <message>
        <source>A narrative says the learner&apos;s strengths, challenges or both.</source>
        <translation>Una narración indica las fortalezas, los desafíos o ambos del estudiante.</translation>
    </message>
    <message>
        <source>Say who is writing: your name, or your program&apos;s.</source>
        <translation>Diga quién escribe: su nombre, o el de su programa.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>Adjuntar archivos a la respuesta</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} KB)</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>A request for records</source>
        <translation>Una solicitud de registros</translation>
    </message>
    <message>
        <source>&lt;b&gt;{verifier}&lt;/b&gt; asks for {learner}&apos;s records:</source>
        <translation>&lt;b&gt;{verifier}&lt;/b&gt; pide los registros de {learner}:</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>cualquier registro</translation>
    </message>
    <message>
        <source>Records that fit the request</source>
        <translation>Registros que encajan con la solicitud</translation>
    </message>
    <message>
        <source> (restricted: sent only if you tick it)</source>
        <translation> (restringido: solo se envía si usted lo marca)</translation>
    </message>
    <message>
        <source>No record in this backpack fits; nothing can be sent.</source>
        <translation>Ningún registro de esta mochila encaja; no se puede enviar nada.</translation>
    </message>
    <message>
        <source>Sending signs the ticked records with {learner}&apos;s key for this request only, and notes it in Shares.</source>
        <translation>Al enviar, los registros marcados se firman con la clave de {learner} solo para esta solicitud, y queda anotado en Compartidos.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source> minutes idle</source>
        <translation> minutos sin actividad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos sin actividad</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the backpack after</source>
        <translation>Bloquear la mochila tras</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Clear a copied share code after seconds</source>
        <translation>Borrar un código copiado después de segundos</translation>
    </message>
    <message>
        <source>Clear a copied share code after</source>
        <translation>Borrar un código copiado después de</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Export my card…</source>
        <translation>Exportar mi tarjeta…</translation>
    </message>
    <message>
        <source>Your card lets others make shares only this backpack can open</source>
        <translation>Su tarjeta permite que otras personas creen paquetes compartidos que solo esta mochila puede abrir</translation>
    </message>
    <message>
        <source>To receive shares</source>
        <translation>Para recibir lo que le compartan</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Save an encrypted backup…</source>
        <translation>Guardar una copia de seguridad cifrada…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Key stretching</source>
        <translation>Refuerzo de la clave</translation>
    </message>
    <message>
        <source>Standard (about ¾ s to unlock)</source>
        <translation>Normal (unos ¾ s para desbloquear)</translation>
    </message>
    <message>
        <source>Strong (about 2 s to unlock)</source>
        <translation>Fuerte (unos 2 s para desbloquear)</translation>
    </message>
    <message>
        <source>Strongest (about 4 s to unlock)</source>
        <translation>Máximo (unos 4 s para desbloquear)</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Aplicar…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <source>Stop trusting the selected issuer</source>
        <translation>Dejar de confiar en el emisor seleccionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issuer registries&lt;/b&gt; (lists of known schools you chose to rely on; none is used unless you add it)</source>
        <translation>&lt;b&gt;Registros de emisores&lt;/b&gt; (listas de escuelas conocidas en las que eligió confiar; no se usa ninguno a menos que lo añada)</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Issuer registries</source>
        <translation>Registros de emisores</translation>
    </message>
    <message>
        <source>Add a registry from a file…</source>
        <translation>Añadir un registro desde un archivo…</translation>
    </message>
    <message>
        <source>Add a registry from a web address…</source>
        <translation>Añadir un registro desde una dirección web…</translation>
    </message>
    <message>
        <source>Backpack asks before it goes online to fetch the registry</source>
        <translation>Backpack pregunta antes de conectarse para descargar el registro</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Quitar el registro seleccionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt; (people you share with, by their card)</source>
        <translation>&lt;b&gt;Contactos&lt;/b&gt; (personas con quienes comparte, por su tarjeta)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Add a contact from their card…</source>
        <translation>Añadir un contacto a partir de su tarjeta…</translation>
    </message>
    <message>
        <source>Save the card someone exported (its file or QR picture) to share with them</source>
        <translation>Guardar la tarjeta que alguien exportó (su archivo o imagen QR) para compartir con esa persona</translation>
    </message>
    <message>
        <source>Problem with the card</source>
        <translation>Problema con la tarjeta</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schools you trust&lt;/b&gt; (from the trust file a school hands out, or an import&apos;s results)</source>
        <translation>&lt;b&gt;Escuelas en las que confía&lt;/b&gt; (desde el archivo de confianza que entrega una escuela, o desde los resultados de una importación)</translation>
    </message>
    <message>
        <source>Load a school&apos;s trust file…</source>
        <translation>Cargar el archivo de confianza de una escuela…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Otros ordenadores</translation>
    </message>
    <message>
        <source>Synced through {folder} with {count} computers; last synced {when}.</source>
        <translation>Sincronizada a través de {folder} con {count} ordenadores; última sincronización: {when}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>Choose a folder this computer shares with the others, and sync through it</source>
        <translation>Elija una carpeta que este ordenador comparte con los otros, y sincronice a través de ella</translation>
    </message>
    <message>
        <source>Computers…</source>
        <translation>Ordenadores…</translation>
    </message>
    <message>
        <source>Which computers sync this backpack; remove one</source>
        <translation>Qué ordenadores sincronizan esta mochila; quitar uno</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Problem with sync</source>
        <translation>Problema con la sincronización</translation>
    </message>
    <message>
        <source>This backpack is on this computer only. To keep it on another computer as well, choose “Set up…” and a folder both computers share (Syncthing, Dropbox, OneDrive, a network share, a USB stick).</source>
        <translation>Esta mochila está solo en este ordenador. Para tenerla también en otro, elija «Configurar…» y una carpeta que compartan ambos ordenadores (Syncthing, Dropbox, OneDrive, una carpeta de red, una memoria USB).</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>Configurando</translation>
    </message>
    <message>
        <source>Synced through {folder}; no other computer has joined yet. Last synced {when}.</source>
        <translation>Sincronizada a través de {folder}; aún no se ha unido ningún otro ordenador. Última sincronización: {when}.</translation>
    </message>
    <message>
        <source>Writes with key</source>
        <translation>Escribe con la clave</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Mark this share revoked?</source>
        <translation>¿Marcar este paquete compartido como revocado?</translation>
    </message>
    <message>
        <source>It is marked revoked in your log. Someone who already has the file can still open it until it expires.</source>
        <translation>Queda marcado como revocado en su historial. Quien ya tenga el archivo aún puede abrirlo hasta que caduque.</translation>
    </message>
    <message>
        <source>Revoke this share and delete its page?</source>
        <translation>¿Revocar este paquete compartido y borrar su página?</translation>
    </message>
    <message>
        <source>Backpack will connect to the storage where its page was published and delete it, so the link stops working. Someone who already saved the page or the file can still open it until it expires. Go ahead?</source>
        <translation>Backpack se conectará al almacenamiento donde se publicó su página y la borrará, para que el enlace deje de funcionar. Quien ya haya guardado la página o el archivo aún puede abrirlo hasta que caduque. ¿Continuar?</translation>
    </message>
    <message>
        <source>The share is marked revoked, but its page could not be deleted: {detail} Try again later with “Delete expired published pages”.</source>
        <translation>El paquete compartido queda marcado como revocado, pero su página no se pudo borrar: {detail} Vuelva a intentarlo más tarde con «Borrar páginas publicadas caducadas».</translation>
    </message>
    <message>
        <source>Share revoked</source>
        <translation>Paquete compartido revocado</translation>
    </message>
    <message>
        <source>Its published page was deleted: the link no longer opens.</source>
        <translation>Su página publicada se borró: el enlace ya no abre.</translation>
    </message>
    <message>
        <source>Delete expired published pages</source>
        <translation>Borrar páginas publicadas caducadas</translation>
    </message>
    <message>
        <source>No published page of an expired or revoked share is left to delete.</source>
        <translation>No queda ninguna página publicada de un paquete compartido caducado o revocado por borrar.</translation>
    </message>
    <message>
        <source>Backpack will connect to the storage ({buckets}) and delete {count} published page(s) of expired or revoked shares. Go ahead?</source>
        <translation>Backpack se conectará al almacenamiento ({buckets}) y borrará {count} página(s) publicada(s) de paquetes compartidos caducados o revocados. ¿Continuar?</translation>
    </message>
    <message>
        <source>Deleting published pages…</source>
        <translation>Borrando páginas publicadas…</translation>
    </message>
    <message>
        <source>Deleted {count} published page(s).</source>
        <translation>Se borraron {count} página(s) publicada(s).</translation>
    </message>
    <message>
        <source>{count} could not be deleted: {detail}</source>
        <translation>{count} no se pudieron borrar: {detail}</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Su tarjeta</translation>
    </message>
    <message>
        <source>The name on your card (you, or your program):</source>
        <translation>El nombre de su tarjeta (usted o su programa):</translation>
    </message>
    <message>
        <source>Save your card</source>
        <translation>Guardar su tarjeta</translation>
    </message>
    <message>
        <source>Backpack cards (*.card)</source>
        <translation>Tarjetas de Backpack (*.card)</translation>
    </message>
    <message>
        <source>Card saved</source>
        <translation>Tarjeta guardada</translation>
    </message>
    <message>
        <source>Saved {file} and a QR code beside it. Its fingerprint is {fingerprint}: whoever saves your card should read you the one they see.</source>
        <translation>Se guardó {file} y un código QR junto a él. Su huella es {fingerprint}: quien guarde su tarjeta debe leerle en voz alta la que ve.</translation>
    </message>
    <message>
        <source>The share could not be made.</source>
        <translation>No se pudo crear el paquete compartido.</translation>
    </message>
</context>
<context>
    <name>ShareContentsView</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Records in the share</source>
        <translation>Registros compartidos</translation>
    </message>
    <message>
        <source>Files of the chosen record</source>
        <translation>Archivos del registro elegido</translation>
    </message>
    <message>
        <source>Preview of the chosen file</source>
        <translation>Vista previa del archivo elegido</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Guardar archivo…</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>{kind} · self-reported</source>
        <translation>{kind} · declarado por el estudiante</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Otros archivos</translation>
    </message>
    <message>
        <source>Credits: {credits}</source>
        <translation>Créditos: {credits}</translation>
    </message>
    <message>
        <source>GPA {grade}</source>
        <translation>Promedio (GPA) {grade}</translation>
    </message>
    <message>
        <source>Standard: {name}</source>
        <translation>Estándar: {name}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <source>{count} file(s)</source>
        <translation>{count} archivo(s)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Note of {day}: {text}</source>
        <translation>Nota del {day}: {text}</translation>
    </message>
    <message>
        <source>File: {name} (no preview)</source>
        <translation>Archivo: {name} (sin vista previa)</translation>
    </message>
    <message>
        <source>Written by others · third-party attested</source>
        <translation>Escrito por otras personas · avalado por un tercero</translation>
    </message>
    <message>
        <source>Endorses: {title}</source>
        <translation>Avala: {title}</translation>
    </message>
    <message>
        <source>a writer who gave no name</source>
        <translation>alguien que no dio su nombre</translation>
    </message>
    <message>
        <source>Written by {name}</source>
        <translation>Escrito por {name}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Third-party attested:&lt;/i&gt; written by &lt;b&gt;{name}&lt;/b&gt;, whose own key signed it (checked): &lt;code&gt;{did}&lt;/code&gt;, fingerprint {fingerprint}. No school vouches for it.</source>
        <translation>&lt;i&gt;Avalado por un tercero:&lt;/i&gt; escrito por &lt;b&gt;{name}&lt;/b&gt;, cuya propia clave lo firmó (comprobado): &lt;code&gt;{did}&lt;/code&gt;, huella {fingerprint}. Ninguna escuela lo respalda.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share records</source>
        <translation>Compartir registros</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Choose records&lt;/b&gt; (restricted ones are marked ⚠)</source>
        <translation>&lt;b&gt;1. Elija los registros&lt;/b&gt; (los restringidos llevan ⚠)</translation>
    </message>
    <message>
        <source>Records to share</source>
        <translation>Registros que compartir</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Anyone I give a share code to</source>
        <translation>Cualquier persona a la que le dé un código</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <source>Save someone&apos;s card (the file or QR picture they exported) to share with them</source>
        <translation>Guardar la tarjeta de alguien (el archivo o la imagen QR que exportó) para compartir con esa persona</translation>
    </message>
    <message>
        <source>e.g. Tutoring in chemistry</source>
        <translation>p. ej., clases de química</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Also a printable PDF (not encrypted unless restricted)</source>
        <translation>También un PDF para imprimir (sin cifrar salvo si hay registros restringidos)</translation>
    </message>
    <message>
        <source>2. Share with</source>
        <translation>2. Compartir con</translation>
    </message>
    <message>
        <source>3. Purpose</source>
        <translation>3. Propósito</translation>
    </message>
    <message>
        <source>Opens until</source>
        <translation>Se puede abrir hasta</translation>
    </message>
    <message>
        <source>4. Outputs</source>
        <translation>4. Resultados</translation>
    </message>
    <message>
        <source>Problem with this share</source>
        <translation>Problema con este paquete compartido</translation>
    </message>
    <message>
        <source>The share that was made</source>
        <translation>Lo compartido</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>The share&apos;s QR code</source>
        <translation>El código QR del paquete compartido</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>Save share…</source>
        <translation>Guardar lo compartido…</translation>
    </message>
    <message>
        <source>Choose at least one record.</source>
        <translation>Elija al menos un registro.</translation>
    </message>
    <message>
        <source>Share restricted records?</source>
        <translation>¿Compartir registros restringidos?</translation>
    </message>
    <message>
        <source>{count} of the chosen records are restricted (special-education supports, discipline or health). Share them with this recipient?</source>
        <translation>{count} de los registros elegidos son restringidos (apoyos de educación especial, disciplina o salud). ¿Desea compartirlos con este destinatario?</translation>
    </message>
    <message>
        <source>Save the share</source>
        <translation>Guardar el paquete compartido</translation>
    </message>
    <message>
        <source>Backpack shares (*.backpack)</source>
        <translation>Paquetes compartidos de Backpack (*.backpack)</translation>
    </message>
    <message>
        <source>Send {file} to {person} by email or USB; they open it in Backpack. Only their backpack can open it.</source>
        <translation>Envíe {file} a {person} por correo electrónico o en una memoria USB; lo abre en Backpack. Solo su mochila puede abrirlo.</translation>
    </message>
    <message>
        <source>Send {file} by email or USB, and give the code another way; whoever has both opens it in Backpack.</source>
        <translation>Envíe {file} por correo electrónico o en una memoria USB, y dé el código por otra vía; quien tenga ambos lo abre en Backpack.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Share {share}; files: {files}</source>
        <translation>Paquete compartido {share}; archivos: {files}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code: {code}&lt;/b&gt;&lt;br&gt;Give it by another way than the file (say it aloud). It is not shown again.</source>
        <translation>&lt;b&gt;Código: {code}&lt;/b&gt;&lt;br&gt;Entréguelo por una vía distinta del archivo (dígalo en voz alta). No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>A page any browser can open (with a share code)</source>
        <translation>Una página que cualquier navegador puede abrir (con un código)</translation>
    </message>
    <message>
        <source>One .html file that opens in any web browser, on a computer or a phone, with the code: the recipient needs no app and no internet</source>
        <translation>Un archivo .html que se abre en cualquier navegador web, en una computadora o un teléfono, con el código: quien lo recibe no necesita ninguna aplicación ni internet</translation>
    </message>
    <message>
        <source>Or send {page}: it opens in any web browser, on a computer or a phone, with the code; no app is needed.</source>
        <translation>O envíe {page}: se abre en cualquier navegador web, en una computadora o un teléfono, con el código; no hace falta ninguna aplicación.</translation>
    </message>
    <message>
        <source>optional, e.g. progress notes for spring</source>
        <translation>opcional, p. ej. notas de progreso de primavera</translation>
    </message>
    <message>
        <source>Ask them to write back</source>
        <translation>Pedir que respondan</translation>
    </message>
</context>
<context>
    <name>ShareTree</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
</context>
<context>
    <name>SharesView</name>
    <message>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Published page</source>
        <translation>Página publicada</translation>
    </message>
    <message>
        <source>Shares made</source>
        <translation>Paquetes compartidos creados</translation>
    </message>
    <message>
        <source>Mark revoked</source>
        <translation>Marcar como revocado</translation>
    </message>
    <message>
        <source>Marks the share revoked in your log. A recipient who already has the file can still open it until it expires.</source>
        <translation>Marca el paquete compartido como revocado en su historial. Un destinatario que ya tenga el archivo aún puede abrirlo hasta que caduque.</translation>
    </message>
    <message>
        <source>Delete expired published pages</source>
        <translation>Borrar páginas publicadas caducadas</translation>
    </message>
    <message>
        <source>Connects to the storage where share pages were published and deletes the pages of expired and revoked shares.</source>
        <translation>Se conecta al almacenamiento donde se publicaron las páginas de paquetes compartidos y borra las de los caducados y revocados.</translation>
    </message>
    <message>
        <source>Revoking cannot reach a copy someone already has; it expires.</source>
        <translation>Revocar no alcanza una copia que alguien ya tiene; caduca sola.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borrada</translation>
    </message>
</context>
<context>
    <name>StandardsView</name>
    <message>
        <source>Each standard your school-signed courses score, and the level reached in each term, as the school signed it (only records whose signature checks out and whose school you trust).</source>
        <translation>Cada estándar que califican sus cursos firmados por la escuela y el nivel alcanzado en cada período, tal como lo firmó la escuela (solo registros cuya firma es correcta y cuya escuela es de su confianza).</translation>
    </message>
    <message>
        <source>Standards by term</source>
        <translation>Estándares por período</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
</context>
<context>
    <name>StateTestDialog</name>
    <message>
        <source>State test results</source>
        <translation>Resultados de pruebas estatales</translation>
    </message>
    <message>
        <source>Results you enter here are self-reported: no one signs them, every view marks them so, and the On track view never counts them as the school&apos;s. Attach the score report so whoever reads them can check.</source>
        <translation>Los resultados que anote aquí son declarados por la familia: nadie los firma, todas las vistas los marcan así y la vista «Por buen camino» nunca los cuenta como de la escuela. Adjunte el informe de resultados para que quien los lea pueda comprobarlos.</translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation>p. ej. Matemáticas</translation>
    </message>
    <message>
        <source>e.g. 2024-25</source>
        <translation>p. ej. 2024-25</translation>
    </message>
    <message>
        <source>optional, e.g. SBAC</source>
        <translation>opcional, p. ej. SBAC</translation>
    </message>
    <message>
        <source>e.g. 2540</source>
        <translation>p. ej. 2540</translation>
    </message>
    <message>
        <source>e.g. Level 3 - Standard Met</source>
        <translation>p. ej. Nivel 3 - Estándar alcanzado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>Puntuación en escala</translation>
    </message>
    <message>
        <source>Proficiency level</source>
        <translation>Nivel de competencia</translation>
    </message>
    <message>
        <source>No report attached.</source>
        <translation>Ningún informe adjunto.</translation>
    </message>
    <message>
        <source>Attach the report…</source>
        <translation>Adjuntar el informe…</translation>
    </message>
    <message>
        <source>Import a score report (CSV)…</source>
        <translation>Importar un informe de resultados (CSV)…</translation>
    </message>
    <message>
        <source>Every row of the state&apos;s student score report, with the files attached</source>
        <translation>Cada fila del informe de resultados del estado, con los archivos adjuntos</translation>
    </message>
    <message>
        <source>Problem with the state test result</source>
        <translation>Problema con el resultado de la prueba estatal</translation>
    </message>
    <message>
        <source>Attach the score report</source>
        <translation>Adjuntar el informe de resultados</translation>
    </message>
    <message>
        <source>Score reports (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Informes de resultados (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attached: {names}</source>
        <translation>Adjunto: {names}</translation>
    </message>
    <message>
        <source>Import a score report</source>
        <translation>Importar un informe de resultados</translation>
    </message>
    <message>
        <source>Score reports (*.csv)</source>
        <translation>Informes de resultados (*.csv)</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>The last sync did not finish.</source>
        <translation>La última sincronización no terminó.</translation>
    </message>
    <message>
        <source>Some files in the folder could not be read whole; “backpack sync” says which.</source>
        <translation>Algunos archivos de la carpeta no se pudieron leer completos; «backpack sync» dice cuáles.</translation>
    </message>
    <message>
        <source>Choose a folder the computers share</source>
        <translation>Elija una carpeta que compartan los ordenadores</translation>
    </message>
    <message>
        <source>Choose a folder outside the backpack&apos;s own folder ({folder}).</source>
        <translation>Elija una carpeta fuera de la carpeta de la propia mochila ({folder}).</translation>
    </message>
    <message>
        <source>Sync is set up</source>
        <translation>Sincronización configurada</translation>
    </message>
    <message>
        <source>This backpack now syncs through {folder}. On the other computer, open Backpack, choose “Join a backpack from another computer…”, this shared folder, and type the same passphrase.</source>
        <translation>Esta mochila se sincroniza ahora a través de {folder}. En el otro ordenador, abra Backpack, elija «Unirse a una mochila de otro ordenador…», esta carpeta compartida, y escriba la misma frase de contraseña.</translation>
    </message>
    <message>
        <source>Backpack may not write in {folder}; choose a folder you can write to.</source>
        <translation>Backpack no tiene permiso para escribir en {folder}; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Sync could not be set up.</source>
        <translation>No se pudo configurar la sincronización.</translation>
    </message>
    <message>
        <source>The computers could not be read.</source>
        <translation>No se pudieron leer los ordenadores.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>¿Quitar {name}?</translation>
    </message>
    <message>
        <source>Backpack stops merging what {name} changes from now on; what it changed before stays here. This is housekeeping, not protection: {name} still has the backpack and the key that opens it, and changing the passphrase does not take that away. If that computer is lost or in the wrong hands, make a new backpack instead.</source>
        <translation>Backpack deja de combinar lo que {name} cambie a partir de ahora; lo que cambió antes se queda aquí. Esto es limpieza, no protección: {name} sigue teniendo la mochila y la clave que la abre, y cambiar la frase de contraseña no se lo quita. Si ese ordenador se ha perdido o está en malas manos, cree una mochila nueva.</translation>
    </message>
    <message>
        <source>It could not be removed.</source>
        <translation>No se pudo quitar.</translation>
    </message>
    <message>
        <source>That recovery key does not open the backpack kept in this folder.</source>
        <translation>Esa clave de recuperación no abre la mochila guardada en esta carpeta.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backpack kept in this folder. Type it again, or check the folder.</source>
        <translation>Esa frase de contraseña no abre la mochila guardada en esta carpeta. Escríbala de nuevo o compruebe la carpeta.</translation>
    </message>
    <message>
        <source>{folder} holds no backpack to join. On the computer that has the backpack, choose Settings, Other computers, “Set up…” with this folder first, and let the folder finish copying here.</source>
        <translation>{folder} no contiene ninguna mochila a la que unirse. En el ordenador que tiene la mochila, elija primero Ajustes, Otros ordenadores, «Configurar…» con esta carpeta, y deje que la carpeta termine de copiarse aquí.</translation>
    </message>
    <message>
        <source>It could not be joined.</source>
        <translation>No se pudo unir.</translation>
    </message>
    <message>
        <source>Rename this computer</source>
        <translation>Cambiar el nombre de este ordenador</translation>
    </message>
    <message>
        <source>The name the other computers show for this one:</source>
        <translation>El nombre con el que los demás ordenadores muestran este:</translation>
    </message>
    <message>
        <source>It could not be renamed.</source>
        <translation>No se pudo cambiar el nombre.</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <source>a school</source>
        <translation>una escuela</translation>
    </message>
    <message>
        <source>Trust the school</source>
        <translation>Confiar en la escuela</translation>
    </message>
    <message>
        <source>These records say they come from “{school}”, but anyone can make a key that claims a school&apos;s name. Load the trust file the school gave you (it names the school and its key); ask the school for it if you have none.</source>
        <translation>Estos registros dicen venir de «{school}», pero cualquiera puede crear una clave que use el nombre de una escuela. Cargue el archivo de confianza que le dio la escuela (nombra a la escuela y su clave); si no lo tiene, pídaselo a la escuela.</translation>
    </message>
    <message>
        <source>Load the school&apos;s trust file…</source>
        <translation>Cargar el archivo de confianza de la escuela…</translation>
    </message>
    <message>
        <source>I know this school: name it…</source>
        <translation>Conozco esta escuela: darle un nombre…</translation>
    </message>
    <message>
        <source>Only if you know these records are the school&apos;s: its name, as you know it:</source>
        <translation>Solo si sabe que estos registros son de la escuela: su nombre, tal como lo conoce:</translation>
    </message>
    <message>
        <source>The school&apos;s trust file</source>
        <translation>El archivo de confianza de la escuela</translation>
    </message>
    <message>
        <source>Trust files (*.json);;All files (*)</source>
        <translation>Archivos de confianza (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation>No se pudo leer.</translation>
    </message>
    <message>
        <source>The trust file {file} is for {names}, but these records are signed with another key. Nothing was trusted: ask the school which file is theirs.</source>
        <translation>El archivo de confianza {file} es de {names}, pero estos registros están firmados con otra clave. No se confió en nada: pregunte a la escuela cuál es su archivo.</translation>
    </message>
    <message>
        <source>Trust {names}? From the trust file {file}{site}.</source>
        <translation>¿Confiar en {names}? Desde el archivo de confianza {file}{site}.</translation>
    </message>
    <message>
        <source>, which gives its website as {url}</source>
        <translation>, que indica como sitio web {url}</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>¿Olvidó la frase de contraseña? Use la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>Abrir y poner la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock the backpack in {folder}.</source>
        <translation>Desbloquee la mochila en {folder}.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down.</source>
        <translation>Escriba la clave de recuperación que anotó.</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>A new recovery key</source>
        <translation>Una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery key you used, and the sheet it was printed on, no longer open this backpack: a new key comes next. Print it or write it down, and throw the old sheet away.</source>
        <translation>La frase de contraseña ha cambiado. La clave de recuperación que usó, y la hoja en la que estaba impresa, ya no abren esta mochila: a continuación verá una clave nueva. Imprímala o anótela, y tire la hoja antigua.</translation>
    </message>
    <message>
        <source>That recovery key does not open this backpack.</source>
        <translation>Esa clave de recuperación no abre esta mochila.</translation>
    </message>
    <message>
        <source>It could not be opened.</source>
        <translation>No se pudo abrir.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the new passphrase:</source>
        <translation>Escriba la nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery key stays the same; backups made before still open with the passphrase they were made with.</source>
        <translation>La frase de contraseña se cambió. La clave de recuperación sigue siendo la misma; las copias de seguridad anteriores se siguen abriendo con la frase de contraseña con la que se crearon.</translation>
    </message>
    <message>
        <source>Key stretching</source>
        <translation>Refuerzo de la clave</translation>
    </message>
    <message>
        <source>Type the passphrase to re-wrap the key:</source>
        <translation>Escriba la frase de contraseña para volver a proteger la clave:</translation>
    </message>
    <message>
        <source>Key stretching changed</source>
        <translation>Refuerzo de la clave cambiado</translation>
    </message>
    <message>
        <source>Each guess at the passphrase now costs {mib} MiB and {passes} passes (about {seconds} s here).</source>
        <translation>Cada intento de adivinar la frase de contraseña cuesta ahora {mib} MiB y {passes} pasadas (unos {seconds} s en este equipo).</translation>
    </message>
    <message>
        <source>That passphrase does not open this backpack.</source>
        <translation>Esa frase de contraseña no abre esta mochila.</translation>
    </message>
    <message>
        <source>It could not be changed.</source>
        <translation>No se pudo cambiar.</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Guardar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>Backups (*.bpk)</source>
        <translation>Copias de seguridad (*.bpk)</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <source>Saved {file}, encrypted. It opens with today&apos;s passphrase or recovery key.</source>
        <translation>Se guardó {file}, cifrado. Se abre con la frase de contraseña actual o con la clave de recuperación.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups (*.bpk);;All files (*)</source>
        <translation>Copias de seguridad (*.bpk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The passphrase the backpack had when the backup was made:</source>
        <translation>La frase de contraseña que tenía la mochila cuando se creó la copia de seguridad:</translation>
    </message>
    <message>
        <source>It could not be restored.</source>
        <translation>No se pudo restaurar.</translation>
    </message>
</context>
</TS>
